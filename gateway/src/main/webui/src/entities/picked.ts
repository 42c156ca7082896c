import type { PickedEntity } from './EntityPicker';

/**
 * An entity a record names (a quote's speaker, an event's participant), kept by the record's own
 * id. Its name comes from entity-service, which may not answer (the join is then null): a form
 * must not drop, when it saves, an entity it merely could not name.
 */
export function pickedOf(id: string | null | undefined,
  entity?: { id: string; name?: string | null; kind?: string | null } | null): PickedEntity | null {
  if (!id) return null;
  const named = entity?.id === id ? entity : null;
  return { id, name: named?.name || '(name not available right now)', kind: named?.kind };
}
