import { useEffect, useState } from 'react';
import type { RecordType } from '../gql/graphql';
import { useSession } from '../auth/SessionContext';
import { useFollowingClient, useStoryChanges, type StoryChange } from './follow';
import { agoInWords, howChanged } from './words';

interface Props {
  storyId: string;
  recordType: RecordType;
  /** The record the form edits. */
  id: string;
  /** The version the form's save is based on: a change up to it is already in the form. */
  version: number;
  /** The story's changeCursor, read with the record (nothing changed after the read is missed). */
  cursor: string | null | undefined;
  record: string;
  onSeeTheirs(): void;
}

/**
 * Inside an edit form: says, before the user saves, that someone else changed the record since
 * the form's version ("This quote was changed by ed a moment ago"), with the way to see their
 * version. The form itself is left as the user typed it; a save on the old version still meets
 * the conflict view. The user's own changes (from another tab) are not marked.
 */
export function ChangedMeanwhile({ storyId, recordType, id, version, cursor, record, onSeeTheirs }: Props) {
  const me = useSession().username;
  const [latest, setLatest] = useState<StoryChange | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useStoryChanges(useFollowingClient(), storyId, cursor, (change) => {
    if (change.recordType === recordType && change.id === id && change.user !== me) {
      setLatest((seen) => (seen && seen.version > change.version ? seen : change));
      setNow(Date.now());
    }
  });
  const shown = latest && latest.version > version ? latest : null;
  // "a moment ago" grows older while the form stays open
  useEffect(() => {
    if (!shown) return undefined;
    const tick = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(tick);
  }, [shown]);
  // the live region is there before anything is said in it, so that screen readers announce it
  return (
    <div className="changed-meanwhile" role="status" aria-label="Changed meanwhile">
      {shown && (
        <p>
          This {record} was {howChanged(shown)} by <strong>{shown.user}</strong> {agoInWords(shown.at, now)}, after you
          opened it. Your changes are not saved yet.{' '}
          <button type="button" className="link" onClick={onSeeTheirs}>See their version</button>
        </p>
      )}
    </div>
  );
}
