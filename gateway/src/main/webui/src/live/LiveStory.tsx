import { useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { onEnd, pipe, subscribe } from 'wonka';
import { graphql } from '../gql';
import type { StoryChangesSubscription } from '../gql/graphql';
import { useSession } from '../auth/SessionContext';
import { changeInWords } from './words';

const StoryChangesFeed = graphql(`
  subscription StoryChanges($storyId: ID!, $after: String) {
    storyChanges(storyId: $storyId, after: $after) { id kind recordType state user at cursor }
  }
`);

type Change = NonNullable<StoryChangesSubscription['storyChanges']>;

/** How long to wait before following again after the subscription ended (an expired token, a restart). */
const RESUME_DELAYS_MS = [1_000, 5_000, 15_000, 60_000];

/**
 * Follows a story's changes while it is on screen: every change (another editor's new event, an
 * edited quote, a publication) makes what it touched be fetched again, through the client's
 * cache (see forgetChanged), and is said in a live region. Starts from `cursor`, the story's
 * changeCursor read with the story, so nothing made after the page was read is missed; when the
 * subscription ends (the gateway closes the socket when the token expires) it follows again
 * after the last change it saw.
 */
export function LiveStory({ storyId, cursor }: { storyId: string; cursor: string | null | undefined }) {
  const me = useSession().username;
  const [follow, setFollow] = useState({ after: cursor ?? null, attempt: 0 });
  const last = useRef(cursor ?? null);
  const resume = useRef<number | undefined>(undefined);
  const [said, setSaid] = useState('');
  const [paused, setPaused] = useState(!cursor);
  useEffect(() => () => window.clearTimeout(resume.current), []);

  const ended = () => {
    setPaused(true);
    const delay = RESUME_DELAYS_MS[Math.min(follow.attempt, RESUME_DELAYS_MS.length - 1)];
    resume.current = window.setTimeout(() => setFollow({ after: last.current, attempt: follow.attempt + 1 }), delay);
  };
  const changed = (change: Change) => {
    last.current = change.cursor;
    setPaused(false);
    setSaid(changeInWords(change, me));
  };

  return (
    <>
      {follow.after !== null && (
        <Follow key={follow.attempt} storyId={storyId} after={follow.after} onChange={changed} onEnded={ended} />
      )}
      <p className="live" role="status" aria-label="Live updates">
        {paused
          ? 'Live updates are paused: a service of the newsroom did not answer. Reload the page to see the latest.'
          : said}
      </p>
    </>
  );
}

/**
 * One subscription, from `after`: says each change, and when the subscription ends (an error, or
 * the socket closed by the gateway). Leaving the page ends it without a word.
 */
function Follow({ storyId, after, onChange, onEnded }: {
  storyId: string;
  after: string;
  onChange(change: Change): void;
  onEnded(): void;
}) {
  const client = useClient();
  const said = useRef({ onChange, onEnded });
  said.current = { onChange, onEnded };
  useEffect(() => {
    let left = false;
    const { unsubscribe } = pipe(
      client.subscription(StoryChangesFeed, { storyId, after }),
      onEnd(() => {
        if (!left) said.current.onEnded();
      }),
      subscribe((result) => {
        const change = result.data?.storyChanges;
        if (change) said.current.onChange(change);
      }),
    );
    return () => {
      left = true;
      unsubscribe();
    };
  }, [client, storyId, after]);
  return null;
}
