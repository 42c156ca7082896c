import { matchPath } from 'react-router';
import { afterEach, vi } from 'vitest';
import { requestStoryPage, STORY_PATH } from '../stories/StoryPage';
import { sendStoryPageEarly, storyPageVariables } from '../stories/storyPageQuery';
import { liveSocket, newsroomClient } from './client';

const STORY = {
  data: {
    story: {
      __typename: 'Story', changeCursor: '7', id: 's1', slug: 'alaska-summit-2025', title: 'Alaska summit',
      summary: null, state: 'PUBLISHED', version: 3, retractionReason: null,
      timeline: { __typename: 'EventConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
    },
  },
};

const answer = (json: unknown) => new Response(JSON.stringify(json), { headers: { 'content-type': 'application/json' } });
const token = async () => 'the-token';

afterEach(() => vi.unstubAllGlobals());

// The first page's request is sent before the app's client exists (main.tsx); it is worth
// something only if the client then takes its answer instead of asking again.
describe("the story page's request sent before the client", () => {
  it('is taken over by the client: one request in all, its answer on the page', async () => {
    const network = vi.fn(async (_url: string, _init: RequestInit) => answer(STORY));
    vi.stubGlobal('fetch', network);
    const early = sendStoryPageEarly('/stories/alaska-summit-2025', 'Europe/London', token);
    const client = newsroomClient(token, liveSocket(token), early);

    requestStoryPage(client, '/stories/alaska-summit-2025', 'Europe/London');
    const result = await client.query((await import('../stories/storyPageQuery')).StoryQuery,
      { slug: 'alaska-summit-2025', zone: 'Europe/London', withTimeline: true }, { requestPolicy: 'cache-only' }).toPromise();

    expect(network).toHaveBeenCalledTimes(1);
    const [, init] = network.mock.calls[0];
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer the-token');
    expect(result.data?.story?.title).toBe('Alaska summit');
  });

  it('is sent again by the client if it failed', async () => {
    const network = vi.fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(answer(STORY));
    vi.stubGlobal('fetch', network);
    const early = sendStoryPageEarly('/stories/alaska-summit-2025', 'Europe/London', token);
    const client = newsroomClient(token, liveSocket(token), early);

    const { StoryQuery } = await import('../stories/storyPageQuery');
    const result = await client.query(StoryQuery, { slug: 'alaska-summit-2025', zone: 'Europe/London', withTimeline: true }).toPromise();

    expect(network).toHaveBeenCalledTimes(2);
    expect(result.data?.story?.title).toBe('Alaska summit');
  });

  it('is not sent for an address that is not a story', () => {
    const network = vi.fn();
    vi.stubGlobal('fetch', network);
    expect(sendStoryPageEarly('/people', 'UTC', token)).toBeUndefined();
    expect(sendStoryPageEarly('/', 'UTC', token)).toBeUndefined();
    expect(network).not.toHaveBeenCalled();
  });

  // main.tsx reads the address without the router (its script has no React): both must agree
  it.each(['/stories/alaska-summit-2025', '/stories/alaska-summit-2025/', '/stories/alaska-summit-2025/quotes',
    '/stories/alaska-summit-2025/events/new', '/stories/a%20b', '/stories', '/stories/', '/people/p1', '/'])(
    '%s is read as the router reads it', (address) => {
      const story = matchPath(STORY_PATH, address);
      const expected = story?.params.slug
        ? { slug: story.params.slug, zone: 'UTC', withTimeline: matchPath('/stories/:slug', address) !== null }
        : null;
      expect(storyPageVariables(address, 'UTC')).toEqual(expected);
    });
});
