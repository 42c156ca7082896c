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
