import type { Cache } from '@urql/exchange-graphcache';
import type { RecordType } from '../gql/graphql';
import { invalidateList } from '../graphql/lists';

/** What a change of a story says: which record changed, and how (it names the record, not its content). */
export interface Change {
  recordType: RecordType;
  id: string;
}

/** The concrete types an ENTITY change may be about (the change does not say which). */
const ENTITY_TYPES = ['Person', 'Organisation', 'Delegation', 'Place'] as const;

/**
 * Forgets what another user's change made stale, so that the queries on screen fetch it again
 * with the reader's rights: the record itself, and the lists of the story it may have entered,
 * left or moved in (a new event, a publication, a time that changed the order).
 */
export function forgetChanged(cache: Cache, storyId: string, change: Change) {
  const story = cache.keyOfEntity({ __typename: 'Story', id: storyId });
  switch (change.recordType) {
    case 'STORY':
      cache.invalidate({ __typename: 'Story', id: change.id });
      break;
    case 'EVENT':
      cache.invalidate({ __typename: 'Event', id: change.id });
      invalidateList(cache, 'Query', 'timeline');
      invalidateList(cache, story, 'timeline');
      break;
    case 'QUOTE':
      cache.invalidate({ __typename: 'Quote', id: change.id });
      invalidateList(cache, story, 'quotes');
      invalidateList(cache, 'Query', 'searchQuotes');
      break;
    case 'ENTITY':
      ENTITY_TYPES.forEach((__typename) => cache.invalidate({ __typename, id: change.id }));
      break;
  }
}
