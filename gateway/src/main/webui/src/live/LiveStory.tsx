import { useState } from 'react';
import { useClient } from 'urql';
import { useSession } from '../auth/SessionContext';
import { useStoryChanges } from './follow';
import { changeInWords } from './words';

/**
 * Follows a story's changes while it is on screen: every change (another editor's new event, an
 * edited quote, a publication) makes what it touched be fetched again, through the client's
 * cache (see forgetChanged), and is said in a live region. Starts from `cursor`, the story's
 * changeCursor read with the story, so nothing made after the page was read is missed.
 */
export function LiveStory({ storyId, cursor }: { storyId: string; cursor: string | null | undefined }) {
  const me = useSession().username;
  const [said, setSaid] = useState('');
  const paused = useStoryChanges(useClient(), storyId, cursor, (change) => setSaid(changeInWords(change, me)));
  return (
    <p className="live" role="status" aria-label="Live updates">
      {paused
        ? 'Live updates are paused: a service of the newsroom did not answer. Reload the page to see the latest.'
        : said}
    </p>
  );
}
