import type { Cache } from '@urql/exchange-graphcache';
import { vi } from 'vitest';
import { updates } from './client';

describe('what a merge makes stale', () => {
  it("fetches the survivor and the duplicate again: the survivor's page lists what was the duplicate's", () => {
    const invalidate = vi.fn();
    const cache = { inspectFields: () => [], invalidate } as unknown as Cache;
    updates.Mutation!.mergeEntity!({ mergeEntity: { __typename: 'Person', id: 'p-survivor', name: 'Sergey Lavrov' } },
      { duplicateId: 'p-duplicate', survivorId: 'p-survivor', version: 0 }, cache, {} as never);

    expect(invalidate).toHaveBeenCalledWith({ __typename: 'Person', id: 'p-survivor' });
    expect(invalidate).toHaveBeenCalledWith({ __typename: 'Person', id: 'p-duplicate' });
  });
});
