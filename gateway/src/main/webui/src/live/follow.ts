import { createContext, useContext, useEffect, useRef, useState } from 'react';
import type { Client } from 'urql';
import { onEnd, pipe, subscribe } from 'wonka';
import { graphql } from '../gql';
import type { StoryChangesSubscription } from '../gql/graphql';

const StoryChangesFeed = graphql(`
  subscription StoryChanges($storyId: ID!, $after: String) {
    storyChanges(storyId: $storyId, after: $after) { id kind recordType version state user at cursor }
  }
`);

export type StoryChange = NonNullable<StoryChangesSubscription['storyChanges']>;

/** How long to wait before following again after the subscription ended (an expired token, a restart). */
const RESUME_DELAYS_MS = [1_000, 5_000, 15_000, 60_000];

/**
 * The client that edit forms follow changes through: subscriptions only, on the newsroom's
 * socket, past the normalised cache. Through the cache a change would make the record under an
 * open form be fetched again (and the page show "Loading…" meanwhile); a form is never changed
 * underneath its user, it only says that the record changed.
 */
export const FollowingClientContext = createContext<Client | null>(null);

export function useFollowingClient(): Client {
  const client = useContext(FollowingClientContext);
  if (!client) throw new Error('a form follows changes only inside the app');
  return client;
}

/**
 * Follows a story's changes through `client` from `cursor` (the story's changeCursor, read with
 * what is on screen, so that no change made after the read is missed), calling `onChange` for
 * each. When the subscription ends (the gateway closes the socket when the token expires, a
 * service restarts) it follows again after the last change seen (1 s, 5 s, 15 s, then every
 * minute). Without a cursor (it could not be read) nothing is followed. Returns whether following
 * is paused.
 */
export function useStoryChanges(client: Client, storyId: string, cursor: string | null | undefined,
  onChange: (change: StoryChange) => void): boolean {
  const [follow, setFollow] = useState({ after: cursor ?? null, attempt: 0 });
  const last = useRef(cursor ?? null);
  const [paused, setPaused] = useState(!cursor);
  const said = useRef(onChange);
  said.current = onChange;

  useEffect(() => {
    if (follow.after === null) return undefined;
    let left = false;
    let resume: number | undefined;
    const { unsubscribe } = pipe(
      client.subscription(StoryChangesFeed, { storyId, after: follow.after }),
      onEnd(() => {
        // leaving the page ends the subscription without a word
        if (left) return;
        setPaused(true);
        const delay = RESUME_DELAYS_MS[Math.min(follow.attempt, RESUME_DELAYS_MS.length - 1)];
        resume = window.setTimeout(() => setFollow({ after: last.current, attempt: follow.attempt + 1 }), delay);
      }),
      subscribe((result) => {
        const change = result.data?.storyChanges;
        if (!change) return;
        last.current = change.cursor;
        setPaused(false);
        said.current(change);
      }),
    );
    return () => {
      left = true;
      window.clearTimeout(resume);
      unsubscribe();
    };
  }, [client, storyId, follow]);
  return paused;
}
