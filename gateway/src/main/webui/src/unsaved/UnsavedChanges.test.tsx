import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { Provider, type Client } from 'urql';
import { vi } from 'vitest';
import { SessionContext } from '../auth/SessionContext';
import type { Session } from '../auth/session';
import type { EventPageEventFragment } from '../gql/graphql';
import { EventForm } from '../events/EventForm';
import { RecordForm } from '../entities/RecordForm';
import { StoryForm } from '../stories/StoryForm';
import { FollowingClientContext } from '../live/follow';
import { clientAnswering, sessionAs } from '../test/render';
import { UnsavedChangesProvider, useSignOut } from './UnsavedChanges';

const talks = {
  __typename: 'Event', id: 'e1', title: 'The presidents meet', kind: 'MEETING', state: 'DRAFT', occurrence: 'OCCURRED',
  version: 2, description: 'On the tarmac.', notes: null, storyId: 's1', retractionReason: null,
  time: { date: '2025-08-15', time: '11:30', zone: 'America/Anchorage', precision: 'MINUTE', approximate: true, duration: null, endDate: null, endTime: null },
  participants: [], relations: [], sources: [], location: null,
} as unknown as EventPageEventFragment;

function SignOut() {
  return <button type="button" onClick={useSignOut()}>Log out</button>;
}

/**
 * `form` in the app (a data router, as in the browser) at `path`, under the unsaved-changes provider,
 * beside a link to the stories and a way to sign out.
 */
function inApp(form: React.ReactElement, { path = '/edit', entries = [path], client = clientAnswering().client, session = sessionAs('reporter') }: {
  path?: string; entries?: string[]; client?: Client; session?: Session;
} = {}) {
  const router = createMemoryRouter([
    {
      path,
      element: (
        <UnsavedChangesProvider>
          <Link to="/">Stories</Link>
          <SignOut />
          {form}
        </UnsavedChangesProvider>
      ),
    },
    { path: '/', element: <h1>Stories</h1> },
  ], { initialEntries: entries, initialIndex: entries.length - 1 });
  render(
    <SessionContext.Provider value={session}>
      <Provider value={client}>
        <FollowingClientContext.Provider value={client}>
          <RouterProvider router={router} />
        </FollowingClientContext.Provider>
      </Provider>
    </SessionContext.Provider>,
  );
  return router;
}

/** The event's editor in the app. */
function openEditor(event: EventPageEventFragment = talks, session: Session = sessionAs('reporter'),
  entries: string[] = [`/events/${event.id}`]) {
  const { client, executeMutation } = clientAnswering({ data: { updateEvent: { ...event, version: event.version + 1 } } });
  const onSaved = vi.fn();
  const router = inApp(<EventForm storyId="s1" event={event} onSaved={onSaved} onCancel={() => {}} />,
    { path: '/events/:id', entries, client, session });
  return { router, executeMutation, onSaved };
}

const title = () => screen.getByLabelText('Title') as HTMLInputElement;

/** Whether the browser would ask before the tab is closed or reloaded. */
function tabClosingAsks(): boolean {
  const unload = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(unload);
  return unload.defaultPrevented;
}

beforeEach(() => sessionStorage.clear());

describe('an editor with changes not saved', () => {
  it('asks before a link leaves it; staying keeps what was typed, leaving goes', async () => {
    const { router } = openEditor();
    fireEvent.change(title(), { target: { value: 'Talks begin' } });
    fireEvent.click(screen.getByRole('link', { name: 'Stories' }));

    expect(await screen.findByRole('heading', { name: 'Leave without saving?' })).toBeTruthy();
    expect(screen.getByText(/Your changes to the event “The presidents meet” are not saved/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stay and keep editing' }));
    expect(router.state.location.pathname).toBe('/events/e1');
    expect(title().value).toBe('Talks begin');

    fireEvent.click(screen.getByRole('link', { name: 'Stories' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Stories' })).toBeTruthy();
  });

  it("asks before the browser's back leaves it, and stays at the form", async () => {
    const { router } = openEditor(talks, sessionAs('reporter'), ['/', '/events/e1']);
    fireEvent.change(title(), { target: { value: 'Talks begin' } });
    await act(() => router.navigate(-1));
    expect(await screen.findByRole('heading', { name: 'Leave without saving?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stay and keep editing' }));
    expect(router.state.location.pathname).toBe('/events/e1');
    expect(title().value).toBe('Talks begin');
  });

  it('lets a link leave without asking while nothing is changed, or once it is saved', async () => {
    const { router, onSaved } = openEditor();
    expect(tabClosingAsks()).toBe(false);
    fireEvent.change(title(), { target: { value: 'Talks begin' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save the event' })));
    expect(onSaved).toHaveBeenCalled();
    expect(tabClosingAsks()).toBe(false);
    await act(() => router.navigate('/'));
    expect(screen.getByRole('heading', { level: 1, name: 'Stories' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Leave without saving?' })).toBeNull();
  });

  it("has the browser ask before the tab is closed or reloaded", () => {
    openEditor();
    fireEvent.change(title(), { target: { value: 'Talks begin' } });
    expect(tabClosingAsks()).toBe(true);
  });

  it('asks before signing out, and signs out only when told to', async () => {
    const session = { ...sessionAs('reporter'), logout: vi.fn(async () => {}) };
    openEditor(talks, session);
    fireEvent.change(title(), { target: { value: 'Talks begin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('heading', { name: 'Sign out without saving?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stay and keep editing' }));
    expect(session.logout).not.toHaveBeenCalled();
    expect(title().value).toBe('Talks begin');

    fireEvent.click(screen.getByRole('button', { name: 'Log out' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out without saving' }));
    expect(session.logout).toHaveBeenCalled();
  });
});

describe('an editor whose session ends', () => {
  /** A session whose end the test decides. */
  function ending(): Session & { end(): void } {
    const listeners = new Set<() => void>();
    return {
      ...sessionAs('reporter'),
      onEnd: (listener) => { listeners.add(listener); return () => listeners.delete(listener); },
      end: () => listeners.forEach((listener) => listener()),
    };
  }

  it('keeps the changed fields in the tab, under the record and its version, and the browser does not ask as it leaves', () => {
    const session = ending();
    openEditor(talks, session);
    fireEvent.change(title(), { target: { value: 'Talks begin' } });
    act(() => session.end());
    expect(JSON.parse(sessionStorage.getItem('newsgraph.unsaved.event.e1.2')!)).toMatchObject({
      record: 'event', id: 'e1', version: 2, changed: { title: 'Talks begin' }, before: { title: 'The presidents meet' },
    });
    expect(tabClosingAsks()).toBe(false);
  });

  it('offers them back after the sign-in, on the version saved meanwhile: only the fields the user changed', async () => {
    const session = ending();
    openEditor(talks, session);
    fireEvent.change(title(), { target: { value: 'Talks begin' } });
    act(() => session.end());
    cleanup(); // the page leaves for Keycloak's login

    // signed in again; meanwhile someone else changed the description (version 3)
    const theirs = { ...talks, version: 3, description: 'On the tarmac at Elmendorf.' } as EventPageEventFragment;
    openEditor(theirs);
    expect(screen.getByRole('status', { name: 'Changes kept' }).textContent).toContain('you had version 2, it is now at 3');
    expect(title().value).toBe('The presidents meet');
    fireEvent.click(screen.getByRole('button', { name: 'Put my changes back' }));
    expect(title().value).toBe('Talks begin');
    expect((screen.getByLabelText('What happened') as HTMLTextAreaElement).value).toBe('On the tarmac at Elmendorf.');
    // in the form now: the tab no longer keeps them, and leaving asks again
    expect(sessionStorage.length).toBe(0);
    expect(tabClosingAsks()).toBe(true);
  });

  it('forgets them when the user discards them', () => {
    sessionStorage.setItem('newsgraph.unsaved.event.e1.2', JSON.stringify({
      record: 'event', id: 'e1', version: 2, changed: { title: 'Talks begin' }, before: { title: 'The presidents meet' },
    }));
    openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Discard them' }));
    expect(screen.queryByRole('status', { name: 'Changes kept' })).toBeNull();
    expect(sessionStorage.length).toBe(0);
    expect(title().value).toBe('The presidents meet');
  });

  it('forgets them once the record is saved (without them, they would go on an older version)', async () => {
    sessionStorage.setItem('newsgraph.unsaved.event.e1.2', JSON.stringify({
      record: 'event', id: 'e1', version: 2, changed: { title: 'Talks begin' }, before: { title: 'The presidents meet' },
    }));
    const { executeMutation, onSaved } = openEditor();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save the event' })));
    expect(onSaved).toHaveBeenCalled();
    expect(executeMutation).toHaveBeenCalled();
    expect(sessionStorage.length).toBe(0);
  });
});

describe("a record's or a story's form with changes not saved", () => {
  const openForm = (form: React.ReactElement) => inApp(form);

  it('asks before a link leaves a new person typed in', async () => {
    const router = openForm(<RecordForm name="Yuri Ushakov" onSaved={() => {}} onCancel={() => {}} />);
    // the name given where it was looked for is not a change of the user's
    fireEvent.click(screen.getByRole('link', { name: 'Stories' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Stories' })).toBeTruthy();

    await act(() => router.navigate('/edit'));
    fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'Kremlin aide' } });
    fireEvent.click(screen.getByRole('link', { name: 'Stories' }));
    expect(await screen.findByText(/Your changes to the new person are not saved/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stay and keep editing' }));
    expect(router.state.location.pathname).toBe('/edit');
    expect(tabClosingAsks()).toBe(true);
  });

  it("asks before a link leaves a story's changed summary, and not once it is cancelled", async () => {
    const cancelled = vi.fn();
    const story = { id: 's1', title: 'Alaska summit 2025', slug: 'alaska-summit-2025', summary: null, version: 3 };
    const router = openForm(<StoryForm story={story} onSaved={() => {}} onCancel={cancelled} />);
    fireEvent.change(screen.getByLabelText('Summary'), { target: { value: 'Trump and Putin meet in Anchorage.' } });
    fireEvent.click(screen.getByRole('link', { name: 'Stories' }));
    expect(await screen.findByText(/Your changes to the story “Alaska summit 2025” are not saved/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stay and keep editing' }));
    expect(router.state.location.pathname).toBe('/edit');

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancelled).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('link', { name: 'Stories' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Stories' })).toBeTruthy();
  });
});
