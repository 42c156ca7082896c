import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { QuoteKind, VerificationState, WorkflowState } from '../gql/graphql';
import { useReaderZone } from '../zone/ReaderZone';
import { Missing, Problems } from '../ui/Problems';
import { SelectField, TextField } from '../ui/Fields';
import { words } from '../ui/Badges';
import { missing } from '../graphql/errors';
import { EntityPicker, type PickedEntity } from '../entities/EntityPicker';
import { QuoteCard } from './QuoteCard';
import { PageTitle } from '../ui/PageTitle';

const SearchQuotesQuery = graphql(`
  query SearchQuotes($zone: String!, $query: String, $speakerId: ID, $kind: QuoteKind, $verification: VerificationState, $state: WorkflowState, $after: String) {
    searchQuotes(query: $query, speakerId: $speakerId, kind: $kind, verification: $verification, state: $state, first: 20, after: $after) {
      edges { snippet node { id ...QuoteCard } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const QUOTE_KINDS: readonly QuoteKind[] = ['DIRECT', 'FRAGMENT', 'PARAPHRASE', 'STATEMENT', 'QUESTION', 'POST'];
export const VERIFICATIONS: readonly VerificationState[] = ['UNVERIFIED', 'VERIFIED', 'DISPUTED', 'FALSE'];
export const STATES: readonly WorkflowState[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETRACTED'];

/** Full-text search over every quote the user may see, with the matched words highlighted. */
export function QuoteSearchPage() {
  const { zone } = useReaderZone();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [speaker, setSpeaker] = useState<PickedEntity | null>(null);
  const [kind, setKind] = useState<QuoteKind | ''>('');
  const [verification, setVerification] = useState<VerificationState | ''>('');
  const [state, setState] = useState<WorkflowState | ''>('');
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: SearchQuotesQuery,
    variables: {
      zone, after, query: query || null, speakerId: speaker?.id ?? null,
      kind: kind || null, verification: verification || null, state: state || null,
    },
  });
  const edges = data?.searchQuotes?.edges?.flatMap((e) => (e?.node ? [e] : [])) ?? [];
  const pageInfo = data?.searchQuotes?.pageInfo;
  const refine = (change: () => void) => { setAfter(null); change(); };
  return (
    <>
      <PageTitle>Quotes</PageTitle>
      <h1>Quotes</h1>
      <form className="filters" role="search" aria-label="Search the quotes" onSubmit={(e) => { e.preventDefault(); refine(() => setQuery(text.trim())); }}>
        <TextField label="Words" type="search" value={text} onChange={setText} />
        <SelectField label="Kind" value={kind} empty="Any kind" options={QUOTE_KINDS.map((k) => ({ value: k, label: words(k) }))} onChange={(k) => refine(() => setKind(k))} />
        <SelectField label="Verification" value={verification} empty="Any" options={VERIFICATIONS.map((v) => ({ value: v, label: words(v) }))} onChange={(v) => refine(() => setVerification(v))} />
        <SelectField label="State" value={state} empty="Any state" options={STATES.map((s) => ({ value: s, label: words(s) }))} onChange={(s) => refine(() => setState(s))} />
        <div className="actions"><button type="submit">Search</button></div>
      </form>
      <div className="filters">
        {speaker ? (
          <p>Said by <strong>{speaker.name}</strong> <button type="button" className="link" onClick={() => refine(() => setSpeaker(null))}>any speaker</button></p>
        ) : <EntityPicker label="Speaker" action="Only" onPick={(picked) => refine(() => setSpeaker(picked))} />}
      </div>
      {missing(error, 'searchQuotes') ? <Missing what="Quotes" /> : <Problems error={error} />}
      {edges.length === 0 && !fetching && !error && <p>No quotes match.</p>}
      <ul className="cards" aria-label="Quotes found">
        {edges.map((edge) => <li key={edge.node!.id}><QuoteCard quote={edge.node!} snippet={query ? edge.snippet : null} /></li>)}
      </ul>
      {pageInfo?.hasNextPage && <button type="button" disabled={fetching} onClick={() => setAfter(pageInfo.endCursor ?? null)}>Load more quotes</button>}
    </>
  );
}
