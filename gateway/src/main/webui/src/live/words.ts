import type { ChangeKind, RecordType } from '../gql/graphql';

export interface ChangeSeen {
  kind: ChangeKind;
  recordType: RecordType;
  state: string;
  user: string;
}

const RECORD_WORDS: Record<RecordType, string> = {
  STORY: 'the story',
  EVENT: 'an event',
  QUOTE: 'a quote',
  ENTITY: 'a person or place of the story',
};

const MOVED_WORDS: Record<string, string> = {
  DRAFT: 'returned {record} to draft',
  IN_REVIEW: 'submitted {record} for review',
  PUBLISHED: 'published {record}',
  RETRACTED: 'retracted {record}',
  ARCHIVED: 'archived {record}',
  ACTIVE: 'restored {record}',
};

/** A change in a sentence, as the people of the newsroom say it: "ed published an event". */
export function changeInWords(change: ChangeSeen, me: string): string {
  const record = RECORD_WORDS[change.recordType] ?? 'a record';
  const who = change.user === me ? 'You' : change.user;
  let what: string;
  switch (change.kind) {
    // records are created as drafts: one that arrives published is a draft published, seen by a
    // reader who may not see drafts (for whom the publication is the record's first change)
    case 'CREATED': what = change.state === 'PUBLISHED' ? `published ${record}` : `added ${record}`; break;
    case 'UPDATED': what = `changed ${record}`; break;
    case 'MOVED': what = (MOVED_WORDS[change.state] ?? 'moved {record}').replace('{record}', record); break;
    case 'VERIFIED': what = `set the verification of ${record}`; break;
    case 'MERGED': what = `merged ${record} into another`; break;
    case 'DELETED': what = `deleted ${record}`; break;
    default: what = `changed ${record}`;
  }
  return `${who} ${what}.`;
}

const HOW: Record<string, string> = {
  UPDATED: 'changed',
  VERIFIED: 'given a verdict',
  DELETED: 'deleted',
  MERGED: 'merged into another',
};

/** What was done to the record, to follow "This quote was": "changed", "published", "submitted for review". */
export function howChanged(change: Pick<ChangeSeen, 'kind' | 'state'>): string {
  if (change.kind === 'MOVED') return (MOVED_WORDS[change.state] ?? 'moved {record}').replace(' {record}', '');
  return HOW[change.kind] ?? 'changed';
}

/** How long ago, as said in a newsroom: "a moment ago", "3 minutes ago", "2 hours ago". */
export function agoInWords(at: string, now: number): string {
  const seconds = Math.max(0, (now - Date.parse(at)) / 1000);
  if (Number.isNaN(seconds) || seconds < 60) return 'a moment ago';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return minutes === 1 ? 'a minute ago' : `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  return hours === 1 ? 'an hour ago' : `${hours} hours ago`;
}
