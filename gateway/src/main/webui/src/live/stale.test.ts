import type { Cache } from '@urql/exchange-graphcache';
import { vi } from 'vitest';
import { forgetChanged } from './stale';

/** A cache holding a story whose timeline and quotes were read with two sets of arguments each. */
function cacheWithLists() {
  const lists = [
    { fieldKey: 'timeline', fieldName: 'timeline', arguments: { first: 25 } },
    { fieldKey: 'timeline2', fieldName: 'timeline', arguments: { first: 25, after: 'c1' } },
    { fieldKey: 'quotes', fieldName: 'quotes', arguments: { first: 20 } },
    { fieldKey: 'title', fieldName: 'title', arguments: null },
  ];
  const invalidate = vi.fn();
  const cache = {
    keyOfEntity: (entity: { __typename: string; id: string }) => `${entity.__typename}:${entity.id}`,
    inspectFields: () => lists,
    invalidate,
  } as unknown as Cache;
  return { cache, invalidate };
}

describe('what a change of a story makes stale', () => {
  it('a new or changed event: the event and every page of the timeline, not the quotes', () => {
    const { cache, invalidate } = cacheWithLists();
    forgetChanged(cache, 's1', { recordType: 'EVENT', id: 'e1' });
    expect(invalidate).toHaveBeenCalledWith({ __typename: 'Event', id: 'e1' });
    expect(invalidate).toHaveBeenCalledWith('Story:s1', 'timeline', { first: 25 });
    expect(invalidate).toHaveBeenCalledWith('Story:s1', 'timeline', { first: 25, after: 'c1' });
    expect(invalidate).not.toHaveBeenCalledWith('Story:s1', 'quotes', expect.anything());
  });

  it('a new or changed quote: the quote and the story\'s quotes, not the timeline', () => {
    const { cache, invalidate } = cacheWithLists();
    forgetChanged(cache, 's1', { recordType: 'QUOTE', id: 'q1' });
    expect(invalidate).toHaveBeenCalledWith({ __typename: 'Quote', id: 'q1' });
    expect(invalidate).toHaveBeenCalledWith('Story:s1', 'quotes', { first: 20 });
    expect(invalidate).not.toHaveBeenCalledWith('Story:s1', 'timeline', expect.anything());
  });

  it('an entity, whose concrete type the change does not name: each type it may be', () => {
    const { cache, invalidate } = cacheWithLists();
    forgetChanged(cache, 's1', { recordType: 'ENTITY', id: 'p1' });
    expect(invalidate).toHaveBeenCalledWith({ __typename: 'Person', id: 'p1' });
    expect(invalidate).toHaveBeenCalledWith({ __typename: 'Place', id: 'p1' });
  });
});
