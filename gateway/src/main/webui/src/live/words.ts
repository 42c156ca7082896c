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
    case 'CREATED': what = `added ${record}`; break;
    case 'UPDATED': what = `changed ${record}`; break;
    case 'MOVED': what = (MOVED_WORDS[change.state] ?? 'moved {record}').replace('{record}', record); break;
    case 'VERIFIED': what = `set the verification of ${record}`; break;
    case 'MERGED': what = `merged ${record} into another`; break;
    case 'DELETED': what = `deleted ${record}`; break;
    default: what = `changed ${record}`;
  }
  return `${who} ${what}.`;
}
