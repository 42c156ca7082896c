import { useId } from 'react';
import type { SourceInput } from '../gql/graphql';
import { TextField } from '../ui/Fields';

export interface SourceDraft {
  publication: string;
  url: string;
  publishedOn: string;
}

export function sourceDraftsOf(sources: readonly ({ publication?: string | null; url?: string | null; publishedAt?: string | null } | null)[] | null | undefined): SourceDraft[] {
  return (sources ?? []).flatMap((s) => (s ? [{ publication: s.publication ?? '', url: s.url ?? '', publishedOn: (s.publishedAt ?? '').slice(0, 10) }] : []));
}

/** Whether the user typed anything in a source's row (a row left empty is no source). */
function typed(source: SourceDraft): boolean {
  return !!(source.publication.trim() || source.url.trim() || source.publishedOn);
}

/**
 * The sources as the API takes them; a publication date is the start of that day, UTC. A row with
 * anything typed in it is sent, never dropped: one without its publication is refused at the field.
 */
export function sourceInputsOf(drafts: SourceDraft[]): SourceInput[] {
  return drafts.filter(typed).map((d) => ({
    publication: d.publication.trim(),
    url: d.url.trim() || null,
    publishedAt: d.publishedOn ? `${d.publishedOn}T00:00:00Z` : null,
  }));
}

/**
 * Where a record comes from: publication, address and date, one row per source. Its error (a
 * BAD_USER_INPUT naming `sources`, such as "a PUBLISHED record needs a source") is shown here.
 */
export function SourcesField({ value, onChange, error }: { value: SourceDraft[]; onChange(value: SourceDraft[]): void; error?: string }) {
  const id = useId();
  const set = (i: number, change: Partial<SourceDraft>) => onChange(value.map((s, j) => (j === i ? { ...s, ...change } : s)));
  return (
    <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Sources</legend>
      {error && <p id={`${id}-error`} className="field-error" role="alert">{error}</p>}
      {value.map((source, i) => (
        <div key={i} className="grid4 source-row">
          <TextField label={`Publication ${i + 1}`} value={source.publication} onChange={(publication) => set(i, { publication })}
            required={typed(source)} error={typed(source) && !source.publication.trim() ? 'Name the publication (or remove the source).' : undefined} />
          <TextField label={`Address (URL) ${i + 1}`} type="url" value={source.url} onChange={(url) => set(i, { url })} />
          <TextField label={`Published on ${i + 1}`} type="date" value={source.publishedOn} onChange={(publishedOn) => set(i, { publishedOn })} />
          <div className="actions"><button type="button" className="secondary" onClick={() => onChange(value.filter((_, j) => j !== i))}>Remove source {i + 1}</button></div>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...value, { publication: '', url: '', publishedOn: '' }])}>Add a source</button>
    </fieldset>
  );
}
