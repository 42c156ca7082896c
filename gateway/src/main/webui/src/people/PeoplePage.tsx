import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { EntityKind } from '../gql/graphql';
import { Missing, Problems } from '../ui/Problems';
import { SelectField, TextField } from '../ui/Fields';
import { words } from '../ui/Badges';
import { missing } from '../graphql/errors';
import { IfRole } from '../auth/SessionContext';
import { Dialog } from '../ui/Dialog';
import { RecordForm } from '../entities/RecordForm';
import { PageTitle } from '../ui/PageTitle';

const PeopleQuery = graphql(`
  query People($query: String!, $kind: EntityKind, $after: String) {
    searchEntities(query: $query, kind: $kind, first: 20, after: $after) {
      edges { node { __typename id name kind description aliases { name language } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const KINDS: readonly EntityKind[] = ['PERSON', 'ORGANISATION', 'DELEGATION', 'PLACE'];

/** Who is involved: search by name or alias, accents and typos forgiven. */
export function PeoplePage() {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<EntityKind | ''>('PERSON');
  const [after, setAfter] = useState<string | null>(null);
  const query = text.trim();
  const [{ data, fetching, error }] = useQuery({ query: PeopleQuery, variables: { query, kind: kind || null, after }, pause: query.length < 2 });
  const found = query.length < 2 ? [] : data?.searchEntities?.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const pageInfo = data?.searchEntities?.pageInfo;
  // a record deleted for good leaves its page for this one, which says so
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;
  return (
    <>
      <PageTitle>People and organisations</PageTitle>
      <h1>People and organisations</h1>
      {deleted && <p className="notice" role="status">{deleted} was deleted for good.</p>}
      <IfRole role="reporter"><AddRecord /></IfRole>
      <form className="filters" role="search" aria-label="Find people" onSubmit={(e) => e.preventDefault()}>
        <TextField label="Name or alias" type="search" value={text} onChange={(t) => { setAfter(null); setText(t); }} hint="Accents and typos are forgiven: “lavrov”, “Лавров”, “Pesko”." />
        <SelectField label="Kind" value={kind} empty="Any kind" options={KINDS.map((k) => ({ value: k, label: words(k) }))} onChange={(k) => { setAfter(null); setKind(k); }} />
      </form>
      {missing(error, 'searchEntities') ? <Missing what="People" /> : <Problems error={error} />}
      {query.length >= 2 && found.length === 0 && !fetching && !error && <p>Nobody found.</p>}
      <ul className="cards" aria-label="Found">
        {found.map((entity) => (
          <li key={entity.id} className="card">
            <h2><Link to={`/people/${entity.id}`}>{entity.name}</Link> <span className="kind hint">{words(entity.kind)}</span></h2>
            {entity.description && <p>{entity.description}</p>}
            {(entity.aliases ?? []).length > 0 && <p className="hint">Also: {(entity.aliases ?? []).map((a) => a?.name).filter(Boolean).join(', ')}</p>}
          </li>
        ))}
      </ul>
      {pageInfo?.hasNextPage && <button type="button" disabled={fetching} onClick={() => setAfter(pageInfo.endCursor ?? null)}>Load more</button>}
    </>
  );
}

/** A reporter adds a person, organisation or place, then sees its page. */
function AddRecord() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <div className="actions">
      <button type="button" onClick={() => setOpen(true)}>Add a person / organisation / place</button>
      <Dialog title="Add a person, organisation or place" open={open} onClose={() => setOpen(false)}>
        <RecordForm onSaved={(made) => { setOpen(false); navigate(`/people/${made.id}`); }} onCancel={() => setOpen(false)} />
      </Dialog>
    </div>
  );
}
