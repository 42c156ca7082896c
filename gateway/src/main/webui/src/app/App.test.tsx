import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { SessionContext } from '../auth/SessionContext';
import type { Role } from '../auth/session';
import { FollowingClientContext } from '../live/follow';
import { clientAnswering, sessionAs } from '../test/render';
import { App } from './App';

function openAt(address: string, as: Role | null = 'admin', username = 'ada') {
  const { client } = clientAnswering();
  render(
    <SessionContext.Provider value={sessionAs(as, username)}>
      <Provider value={client}>
        <FollowingClientContext.Provider value={client}>
          <RouterProvider router={createMemoryRouter([{ path: '*', element: <App /> }], { initialEntries: [address] })} />
        </FollowingClientContext.Provider>
      </Provider>
    </SessionContext.Provider>,
  );
}

// The screens other than the stories and a story's page are scripts of their own, loaded when
// first shown: they must still appear at their address and when the menu leads to them.
describe('the screens loaded on demand', () => {
  it.each([
    ['/people', 'People and organisations'],
    ['/quotes', 'Quotes'],
    ['/users', 'Users'],
  ])('%s shows its screen once its script is loaded', async (address, title) => {
    openAt(address);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
  });

  it('are reached from the menu and back', async () => {
    const user = userEvent.setup();
    openAt('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Stories' })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'People' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'People and organisations' })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Users' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Stories' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Stories' })).toBeTruthy();
  });
});

describe("the browser tab's title", () => {
  it('names the page on screen, and follows the user from page to page', async () => {
    const user = userEvent.setup();
    openAt('/');
    expect(document.title).toBe('Stories · Newsgraph');
    await user.click(screen.getByRole('link', { name: 'People' }));
    await screen.findByRole('heading', { level: 1, name: 'People and organisations' });
    expect(document.title).toBe('People and organisations · Newsgraph');
    await user.click(screen.getByRole('link', { name: 'Quotes' }));
    await screen.findByRole('heading', { level: 1, name: 'Quotes' });
    expect(document.title).toBe('Quotes · Newsgraph');
  });
});

describe('the users, opened from their address by someone who is no admin', () => {
  it('says it needs the admin role, and shows no empty table', async () => {
    openAt('/users', 'editor', 'ed');
    expect(await screen.findByText('This needs the admin role.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('heading', { level: 1, name: 'Users' })).toBeNull();
  });
});

describe('someone signed in with no newsroom role', () => {
  it('is told to ask an admin for one, instead of a story "not found" and what each screen may not show', () => {
    openAt('/stories/alaska-summit-2025', null, 'newcomer');
    expect(screen.getByRole('heading', { level: 1, name: 'No newsroom role yet' })).toBeTruthy();
    expect(screen.queryByText(/not found/i)).toBeNull();
  });
});
