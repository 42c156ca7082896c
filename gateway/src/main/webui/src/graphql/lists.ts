import type { Cache } from '@urql/exchange-graphcache';

/**
 * Forgets every variant (filters, pages) of a list field of one record in the cache, so that the
 * queries showing it fetch it again: lists whose order and filters only the server knows are
 * fetched again rather than guessed.
 */
export function invalidateList(cache: Cache, entity: string | null | undefined, fieldName: string) {
  if (!entity) return;
  cache.inspectFields(entity)
    .filter((field) => field.fieldName === fieldName)
    .forEach((field) => cache.invalidate(entity, field.fieldName, field.arguments));
}
