import { changed } from '../conflict/reapply';

/**
 * The fields a user changed in an edit and had not saved when their session ended, kept in the
 * tab (sessionStorage: it survives the trip to Keycloak's login and back, and goes with the tab)
 * under the record and the version the edit was based on.
 */
export interface KeptEdit<D extends object = Record<string, unknown>> {
  /** "event" or "quote". */
  record: string;
  /** The record's id, or `new:<storyId>` for one not created yet. */
  id: string;
  /** The version the edit was based on (0 for a new record). */
  version: number;
  /** The user's values of the fields they changed. */
  changed: Partial<D>;
  /** Those fields as they were in `version`: what reapplying compares them with. */
  before: Partial<D>;
}

const PREFIX = 'newsgraph.unsaved.';

function keyOf(record: string, id: string, version?: number): string {
  return `${PREFIX}${record}.${id}.${version ?? ''}`;
}

/** The fields of `draft` that differ from `basedOn`: the user's values and those they replaced. */
export function changesOf<D extends object>(draft: D, basedOn: D): Pick<KeptEdit<D>, 'changed' | 'before'> {
  const result = { changed: {} as Partial<D>, before: {} as Partial<D> };
  for (const field of Object.keys(draft) as (keyof D)[]) {
    if (changed(draft[field], basedOn[field])) {
      result.changed[field] = draft[field];
      result.before[field] = basedOn[field];
    }
  }
  return result;
}

/** Keeps an edit's changes; an edit with none forgets what was kept for its record. */
export function keepEdit<D extends object>(storage: Storage, edit: KeptEdit<D>) {
  forgetEdits(storage, edit.record, edit.id);
  if (Object.keys(edit.changed).length === 0) return;
  storage.setItem(keyOf(edit.record, edit.id, edit.version), JSON.stringify(edit));
}

/** The changes kept for a record (of the newest version, if several were), or null. */
export function keptEdit<D extends object>(storage: Storage, record: string, id: string): KeptEdit<D> | null {
  let newest: KeptEdit<D> | null = null;
  for (const key of keysOf(storage, record, id)) {
    try {
      const edit = JSON.parse(storage.getItem(key) ?? 'null') as KeptEdit<D> | null;
      if (edit && typeof edit.version === 'number' && edit.changed && edit.before
        && (!newest || edit.version > newest.version)) newest = edit;
    } catch {
      // not what this app wrote
    }
  }
  return newest;
}

/** Forgets every change kept for a record: saved, or discarded by the user. */
export function forgetEdits(storage: Storage, record: string, id: string) {
  for (const key of keysOf(storage, record, id)) storage.removeItem(key);
}

function keysOf(storage: Storage, record: string, id: string): string[] {
  const prefix = keyOf(record, id);
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}
