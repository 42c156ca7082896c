import { useState } from 'react';

/**
 * The user's changes on top of the version saved meanwhile: each field the user changed since the
 * version their edit was based on takes the user's value; every other field keeps the saved one
 * (another person's edit of it is not undone). A field is compared whole (a time, the sources).
 */
export function reapplied<T extends object>(mine: T, basedOn: T, theirs: T): T {
  const result = { ...theirs };
  for (const field of Object.keys(mine) as (keyof T)[]) {
    if (changed(mine[field], basedOn[field])) result[field] = mine[field];
  }
  return result;
}

export function changed(value: unknown, before: unknown): boolean {
  return JSON.stringify(value) !== JSON.stringify(before);
}

/**
 * An edit and the version it is based on: the user's draft, the record as it was at that version
 * (what the user changed is what differs from it) and its number. After a conflict, taking their
 * version whole (reload) or putting the user's changes on it (reapply) moves the three together.
 */
export function useEditBase<D extends object>(initial: () => D, initialVersion: number) {
  const [draft, setDraft] = useState<D>(initial);
  const [basedOn, setBasedOn] = useState<D>(initial);
  const [version, setVersion] = useState(initialVersion);
  const rebase = (next: D, base: D, onVersion: number) => { setDraft(next); setBasedOn(base); setVersion(onVersion); };
  return {
    draft, setDraft, basedOn, version,
    /** Their version in place of the user's edit. */
    reload: (theirs: D, theirVersion: number) => rebase(theirs, theirs, theirVersion),
    /** The user's changes on their version (see {@link reapplied}): the draft to save on `theirVersion`. */
    reapply: (theirs: D, theirVersion: number): D => {
      const mine = reapplied(draft, basedOn, theirs);
      rebase(mine, theirs, theirVersion);
      return mine;
    },
    /**
     * Changes kept from an earlier edit (`changed`, and the values they replaced, `before`) put on
     * the version open now, as a reapply: those fields take the user's values, every other field
     * keeps this version's, whichever version the kept edit was based on.
     */
    restore: (changes: Partial<D>, before: Partial<D>) => {
      setDraft(reapplied({ ...basedOn, ...changes }, { ...basedOn, ...before }, basedOn));
    },
  };
}
