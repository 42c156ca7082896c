export interface ConflictRow {
  label: string;
  mine: string;
  theirs: string;
  /** Whether the user changed this field since the version they opened: reapplying puts it on theirs. */
  changed?: boolean;
}

interface Props {
  record: string;
  currentVersion?: number;
  rows: ConflictRow[];
  busy?: boolean;
  onReload(): void;
  onReapply(): void;
}

/**
 * Someone saved the record after this user opened it: their version beside this user's, the
 * differences marked, and the choice of what to do. Nothing is overwritten silently.
 */
export function ConflictView({ record, currentVersion, rows, busy, onReload, onReapply }: Props) {
  const differing = rows.filter((row) => row.mine !== row.theirs);
  return (
    <section className="conflict panel" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">Someone else changed this {record} while you were editing</h2>
      <p>
        It is now at version {currentVersion ?? 'newer'}. Your changes are not saved yet. Compare, then keep
        theirs (reload) or put your changes on top of theirs (reapply): only the fields you changed are
        put on theirs, the others keep their values.
      </p>
      <table>
        <caption className="hint">{differing.length} field(s) differ</caption>
        <thead>
          <tr><th scope="col">Field</th><th scope="col">Your version</th><th scope="col">Their version (saved)</th></tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className={row.mine !== row.theirs ? 'differs' : undefined}>
              <th scope="row">{row.label}{row.mine !== row.theirs ? ` (differs${row.changed ? ', you changed it' : ''})` : ''}</th>
              <td data-testid={`mine-${row.label}`}>{row.mine || '—'}</td>
              <td data-testid={`theirs-${row.label}`}>{row.theirs || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" onClick={onReapply} disabled={busy}>Reapply my changes on version {currentVersion}</button>
        <button type="button" className="secondary" onClick={onReload} disabled={busy}>Reload theirs (drop my changes)</button>
      </div>
    </section>
  );
}
