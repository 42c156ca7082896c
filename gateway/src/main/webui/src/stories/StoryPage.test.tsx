import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createRequest, Provider, type Client, type GraphQLRequest } from 'urql';
import { fromValue, never } from 'wonka';
import { vi } from 'vitest';
import { SessionContext } from '../auth/SessionContext';
import { StoryDocument } from '../gql/graphql';
import { FollowingClientContext } from '../live/follow';
import { sessionAs } from '../test/render';
import { ReaderZoneProvider } from '../zone/ReaderZone';
import { requestStoryPage, STORY_PATH, StoryPage } from './StoryPage';

/** A client that records what it is asked and never answers. */
function recordingClient() {
  const early: GraphQLRequest[] = [];
  const executeQuery = vi.fn((_request: GraphQLRequest) => never);
  const client = {
    query: (query: never, variables: never) => {
      early.push(createRequest(query, variables));
      return { toPromise: () => new Promise(() => {}) };
    },
    executeQuery,
    executeMutation: () => never,
    executeSubscription: () => never,
  } as unknown as Client;
  return { client, early, executeQuery };
}

function openAt(address: string, client: Client) {
  render(
    <SessionContext.Provider value={sessionAs('viewer', 'vera')}>
      <Provider value={client}>
        <FollowingClientContext.Provider value={client}>
          <ReaderZoneProvider>
            <MemoryRouter initialEntries={[address]}>
              <Routes><Route path={STORY_PATH} element={<StoryPage />} /></Routes>
            </MemoryRouter>
          </ReaderZoneProvider>
        </FollowingClientContext.Provider>
      </Provider>
    </SessionContext.Provider>,
  );
}

describe("a story's page opened from its address", () => {
  beforeEach(() => window.localStorage.setItem('newsgraph.readerZone', 'Europe/London'));

  // The request started before React renders is only worth anything if the page's own query is
  // the same operation (same document and variables): the client then sends it once.
  it.each([
    ['/stories/alaska-summit-2025', true],
    ['/stories/alaska-summit-2025/quotes', false],
  ])('%s: the early request is the page\'s own (with its timeline: %s)', (address, withTimeline) => {
    const { client, early, executeQuery } = recordingClient();
    requestStoryPage(client, address, 'Europe/London');
    openAt(address, client);

    expect(early).toHaveLength(1);
    expect(early[0].variables).toEqual({ slug: 'alaska-summit-2025', zone: 'Europe/London', withTimeline });
    const story = executeQuery.mock.calls.map(([request]) => request).filter((request) => request.key === early[0].key);
    expect(story).toHaveLength(1);
  });

  // Each screen's graphql() call is replaced by its own generated document when built (vite.documents.ts),
  // so that the first page does not load every screen's operations: the request is codegen's document.
  it("sends codegen's Story document", () => {
    const { client, early } = recordingClient();
    const variables = { slug: 'alaska-summit-2025', zone: 'Europe/London', withTimeline: true };
    requestStoryPage(client, '/stories/alaska-summit-2025', 'Europe/London');
    expect(early[0].key).toBe(createRequest(StoryDocument, variables).key);
  });

  it('asks nothing early for an address that is not a story', () => {
    const { client, early } = recordingClient();
    requestStoryPage(client, '/people', 'Europe/London');
    requestStoryPage(client, '/', 'Europe/London');
    expect(early).toHaveLength(0);
  });
});

describe("a story's editing screens, opened from their address by a viewer", () => {
  /** A client that answers the story's page with the demo story, and nothing else. */
  function storyClient() {
    const story = {
      __typename: 'Story', changeCursor: 'c0', id: 's1', slug: 'alaska-summit-2025', title: 'Alaska summit',
      summary: null, state: 'PUBLISHED', version: 1, retractionReason: null,
    };
    const executeQuery = (operation: GraphQLRequest) => (operation.query.definitions
      .some((d) => d.kind === 'OperationDefinition' && d.name?.value === 'Story') ? fromValue({ operation, data: { story } }) : never);
    return { executeQuery, executeMutation: () => never, executeSubscription: () => never, subscription: () => never } as unknown as Client;
  }

  it.each([
    '/stories/alaska-summit-2025/events/new',
    '/stories/alaska-summit-2025/quotes/new',
    '/stories/alaska-summit-2025/extract',
  ])('%s says it needs the reporter role, and shows no form', async (address) => {
    openAt(address, storyClient());
    expect(await screen.findByText('This needs the reporter role.')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('textbox', { name: /Title|Text|Article text/ })).toBeNull();
  });

  it("names the story and its page in the browser's tab", async () => {
    openAt('/stories/alaska-summit-2025/as-of', storyClient());
    expect(await screen.findByRole('link', { name: 'As it was' })).toBeTruthy();
    await vi.waitFor(() => expect(document.title).toBe('As it was: Alaska summit · Newsgraph'));
  });

  it('says an address under the story that is none of its pages is no page, instead of showing nothing', async () => {
    openAt('/stories/alaska-summit-2025/unknown-tab', storyClient());
    expect(await screen.findByText(/This story has no such page/)).toBeTruthy();
  });
});
