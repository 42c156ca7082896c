import { useContext, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { EntityKind } from '../gql/graphql';
import { useSession } from '../auth/SessionContext';
import { words } from '../ui/Badges';
import { Dialog } from '../ui/Dialog';
import { RecordForm } from './RecordForm';
import { AddsNew } from './OnlyExisting';

const SearchEntitiesQuery = graphql(`
  query SearchEntities($query: String!, $kind: EntityKind) {
    searchEntities(query: $query, kind: $kind, first: 8) {
      edges { node { __typename id name kind description } }
    }
  }
`);

export interface PickedEntity {
  id: string;
  name: string;
  kind?: string | null;
}

interface Props {
  label: string;
  onPick(entity: PickedEntity): void;
  kind?: EntityKind;
  /** Words for the button that picks a result ("Add", "Filter by", ...). */
  action?: string;
}

/**
 * Finds an entity by name or alias (accents and typos forgiven, as entity-service searches) and
 * picks one from the results: a search box and a list of buttons, usable by keyboard alone. When
 * nothing is found, a reporter may add the name typed as a new record, which is then picked.
 */
export function EntityPicker({ label, onPick, kind, action = 'Pick' }: Props) {
  const id = useId();
  const session = useSession();
  const addsNew = useContext(AddsNew) && session.may('reporter') && kind !== 'DELEGATION';
  const [text, setText] = useState('');
  const [adding, setAdding] = useState<string | null>(null);
  const query = text.trim();
  const [{ data, fetching, error }] = useQuery({
    query: SearchEntitiesQuery,
    variables: { query, kind: kind ?? null },
    pause: query.length < 2,
  });
  const results = query.length < 2 ? [] : data?.searchEntities?.edges?.flatMap((edge) => (edge?.node ? [edge.node] : [])) ?? [];
  const searched = query.length >= 2 && !fetching && !error && data !== undefined;
  const newKind = kind ?? 'PERSON';
  const pick = (entity: PickedEntity) => {
    onPick(entity);
    setText('');
  };
  return (
    <div className="entity-picker">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="search" value={text} autoComplete="off" onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-status`} />
      </div>
      <p id={`${id}-status`} className="hint" role="status">
        {query.length < 2 ? 'Type two letters or more.' : fetching && results.length === 0 ? 'Searching…'
          : `${results.length} found`}
      </p>
      {results.length > 0 && (
        <ul className="picker-results" aria-label={`Results for ${label}`}>
          {results.map((entity) => (
            <li key={entity.id}>
              <button type="button" className="secondary" onClick={() => pick({ id: entity.id!, name: entity.name ?? '', kind: entity.kind })}>
                {action} {entity.name}
              </button>
              <span className="hint"> {words(entity.kind)}{entity.description ? ` · ${entity.description}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
      {addsNew && searched && results.length === 0 && (
        <button type="button" className="secondary" onClick={() => setAdding(query)}>Add ‘{query}’ as a new {words(newKind)}</button>
      )}
      {/* in the page, not inside the form that uses the picker: a form is never nested in another */}
      {adding !== null && createPortal(
        <Dialog title={`Add ‘${adding}’`} open onClose={() => setAdding(null)}>
          <RecordForm kind={newKind} fixedKind={kind !== undefined} name={adding}
            onSaved={(made) => { setAdding(null); pick(made); }} onCancel={() => setAdding(null)} />
        </Dialog>,
        document.body,
      )}
    </div>
  );
}
