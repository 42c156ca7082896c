/** A record's fields as short text, for showing what a change did. */
export function flatten(snapshot: Record<string, unknown> | null | undefined): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(snapshot ?? {})) {
    if (key === '__typename' || key === 'version') continue;
    flat[key] = value === null || value === undefined ? ''
      : typeof value === 'object' ? JSON.stringify(value, (k, v) => (k === '__typename' ? undefined : v))
        : String(value);
  }
  return flat;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** What one revision changed against the one before it (every field, for the first). */
export function changedFields(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined): FieldChange[] {
  const old = flatten(before);
  const now = flatten(after);
  return Object.keys({ ...old, ...now })
    .filter((field) => (old[field] ?? '') !== (now[field] ?? ''))
    .map((field) => ({ field, before: old[field] ?? '', after: now[field] ?? '' }));
}
