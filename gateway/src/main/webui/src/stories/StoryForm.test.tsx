import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { CombinedError, Provider, type Client, type GraphQLRequest } from 'urql';
import { fromValue, never } from 'wonka';
import type { Role } from '../auth/session';
import { SessionContext } from '../auth/SessionContext';
import { FollowingClientContext } from '../live/follow';
import { clientAnswering, renderAs, sessionAs } from '../test/render';
import { ReaderZoneProvider } from '../zone/ReaderZone';
import { STORY_PATH, StoryPage } from './StoryPage';
import { StoryForm } from './StoryForm';

const draft = { id: 's2', title: 'Kyiv reacts', slug: 'kyiv-reacts', summary: 'What Kyiv said', version: 2 };

function storyPageAs(role: Role, state: string) {
  const story = { __typename: 'Story', changeCursor: 'c0', id: 's2', slug: 'kyiv-reacts', title: 'Kyiv reacts', summary: null, state, version: 1, retractionReason: null };
  const executeQuery = (operation: GraphQLRequest) => (operation.query.definitions
    .some((d) => d.kind === 'OperationDefinition' && d.name?.value === 'Story') ? fromValue({ operation, data: { story } }) : never);
  const client = { executeQuery, executeMutation: () => never, executeSubscription: () => never, subscription: () => never } as unknown as Client;
  return render(
    <SessionContext.Provider value={sessionAs(role)}>
      <Provider value={client}>
        <FollowingClientContext.Provider value={client}>
          <ReaderZoneProvider>
            <MemoryRouter initialEntries={['/stories/kyiv-reacts/as-of']}>
              <Routes><Route path={STORY_PATH} element={<StoryPage />} /></Routes>
            </MemoryRouter>
          </ReaderZoneProvider>
        </FollowingClientContext.Provider>
      </Provider>
    </SessionContext.Provider>,
  );
}

describe("a story's page", () => {
  it('offers to edit the story to a reporter until it is published, to an editor after, to a viewer never', async () => {
    const offered = async (role: Role, state: string) => {
      const { unmount } = storyPageAs(role, state);
      await screen.findByRole('heading', { level: 1, name: /Kyiv reacts/ });
      const offer = !!screen.queryByRole('button', { name: 'Edit the story' });
      unmount();
      return offer;
    };
    expect(await offered('reporter', 'DRAFT')).toBe(true);
    expect(await offered('reporter', 'PUBLISHED')).toBe(false);
    expect(await offered('editor', 'PUBLISHED')).toBe(true);
    expect(await offered('viewer', 'PUBLISHED')).toBe(false);
  });
});

describe("editing a story's title, slug and summary", () => {
  it('saves them on the version it opened', () => {
    const { client, executeMutation } = clientAnswering();
    renderAs('reporter', <StoryForm story={draft} onSaved={() => {}} onCancel={() => {}} />, client);
    fireEvent.change(screen.getByLabelText('Summary'), { target: { value: 'What Kyiv said, and when' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the story' }));
    const [{ variables }] = executeMutation.mock.calls[0] as unknown as [{ variables: unknown }];
    expect(variables).toEqual({ id: 's2', version: 2, input: { title: 'Kyiv reacts', slug: 'kyiv-reacts', summary: 'What Kyiv said, and when' } });
  });

  it('shows a slug the service refuses at the slug', async () => {
    const { client } = clientAnswering({ data: { updateStory: null }, error: new CombinedError({ graphQLErrors: [{
      message: 'slug must be lower-case words joined by hyphens, such as alaska-summit-2025', extensions: { code: 'BAD_USER_INPUT', field: 'slug' } }] }) });
    renderAs('reporter', <StoryForm story={draft} onSaved={() => {}} onCancel={() => {}} />, client);
    fireEvent.change(screen.getByLabelText("Slug (the story's address)"), { target: { value: 'Kyiv Reacts' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the story' }));
    await waitFor(() => expect(screen.getByLabelText("Slug (the story's address)").getAttribute('aria-invalid')).toBe('true'));
  });

  it('says why it was refused when the story was published meanwhile', async () => {
    const { client } = clientAnswering({ data: { updateStory: null }, error: new CombinedError({ graphQLErrors: [{
      message: 'a PUBLISHED record can only be edited by an editor', extensions: { code: 'FORBIDDEN' } }] }) });
    renderAs('reporter', <StoryForm story={draft} onSaved={() => {}} onCancel={() => {}} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Save the story' }));
    expect((await screen.findByRole('alert')).textContent).toBe('a PUBLISHED record can only be edited by an editor');
  });
});
