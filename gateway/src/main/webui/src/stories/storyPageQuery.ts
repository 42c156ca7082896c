import { graphql } from '../gql';
import { sendEarly, type EarlyRequest } from '../graphql/early';

// One request for the page (issue 10's first page): the gateway reads changeCursor (where the
// story's live updates start) before the story and its timeline, so no change falls between them.
// The timeline's first page comes with it when the page opens on the timeline.
// Apart from StoryPage (the first page's script loads only this, not React or the client).
export const StoryQuery = graphql(`
  query Story($slug: String!, $zone: String!, $withTimeline: Boolean!) {
    story(slug: $slug) {
      changeCursor id slug title summary state version retractionReason
      timeline(first: 25) @include(if: $withTimeline) { ...TimelinePage }
    }
  }
`);

/** A story's address: `/stories/<slug>` (its timeline) or a tab below it (StoryPage's routes). */
const STORY_ADDRESS = /^\/stories\/([^/]+)(\/.*)?$/;

/** The story page's variables for an address, or null if the address is not a story's. */
export function storyPageVariables(pathname: string, zone: string) {
  const [, slug, below] = STORY_ADDRESS.exec(pathname) ?? [];
  if (!slug) return null;
  return { slug, zone, withTimeline: !below || below === '/' };
}

/** The story page's request, sent as the newsroom client would, before the client exists. */
export function sendStoryPageEarly(pathname: string, zone: string, token: () => Promise<string>): EarlyRequest | undefined {
  const variables = storyPageVariables(pathname, zone);
  return variables ? sendEarly(StoryQuery, variables, token) : undefined;
}
