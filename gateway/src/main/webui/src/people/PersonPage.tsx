import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { IfRole } from '../auth/SessionContext';
import { useReaderZone } from '../zone/ReaderZone';
import { Missing, Problems } from '../ui/Problems';
import { Dialog } from '../ui/Dialog';
import { words } from '../ui/Badges';
import { missing } from '../graphql/errors';
import { EntityPicker, type PickedEntity } from '../entities/EntityPicker';
import { OnlyExisting } from '../entities/OnlyExisting';
import { RecordForm } from '../entities/RecordForm';
import { RecordActions } from './RecordActions';
import { QuoteCard } from '../quotes/QuoteCard';
import { EventCard } from '../stories/EventCard';
import { History } from '../history/History';
import { PageTitle } from '../ui/PageTitle';

const EntityPageQuery = graphql(`
  query EntityPage($id: ID!, $zone: String!) {
    entity(id: $id) {
      __typename id name kind description archived archiveReason mergedInto wikidataId version
      aliases { name language }
      ...RecordFields
      events(first: 20) { edges { node { id ...TimelineEvent } } }
      ... on Person {
        nationality birthDate
        affiliations { id title current validFrom validTo organisation { id name } }
        quotes(first: 20) { totalCount edges { node { id ...QuoteCard } } }
      }
      ... on Organisation { organisationKind }
      ... on Place { timeZone country }
      ... on Delegation { head { id name } members { role person { id name } } organisation { id name } }
    }
  }
`);

const MergePreviewQuery = graphql(`
  query MergePreview($id: ID!) {
    entity(id: $id) {
      __typename id name version
      aliases { name }
      events(first: 100) { edges { node { id } } pageInfo { hasNextPage } }
      ... on Person { quotes(first: 1) { totalCount } affiliations { id } }
    }
  }
`);

const MergeEntity = graphql(`
  mutation MergeEntity($duplicateId: ID!, $survivorId: ID!, $version: Int!) {
    mergeEntity(duplicateId: $duplicateId, survivorId: $survivorId, version: $version) { id name version }
  }
`);

/** A person (or organisation, place, delegation): who they are, their titles, what they said and where they were. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { zone } = useReaderZone();
  const [editing, setEditing] = useState(false);
  // the record as it is now, not as a search last showed it: its version is what an edit is based on
  const [{ data, fetching, stale, error }] = useQuery({ query: EntityPageQuery, variables: { id, zone }, requestPolicy: 'network-only' });
  const entity = data?.entity;
  if (!entity?.id) {
    return fetching || stale ? <p role="status">Loading…</p> : (<><PageTitle>Not found</PageTitle><h1>Not found</h1><Problems error={error} /></>);
  }
  const person = entity.__typename === 'Person' ? entity : null;
  const events = entity.events;
  return (
    <>
      <PageTitle>{entity.name}</PageTitle>
      <h1>{entity.name} <span className="hint kind">{words(entity.kind)}</span></h1>
      {entity.mergedInto && <p className="notice">Merged into <Link to={`/people/${entity.mergedInto}`}>another record</Link>.</p>}
      {entity.archived && <p className="notice">Archived: hidden from lists and search.{entity.archiveReason ? ` Why: ${entity.archiveReason}` : ''}</p>}
      {editing ? (
        <section className="panel" aria-labelledby="edit-record-title">
          <h2 id="edit-record-title">Edit the record</h2>
          <RecordForm record={entity} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
        </section>
      ) : (
        <>
          {entity.description && <p className="summary">{entity.description}</p>}
          {(entity.aliases ?? []).length > 0 && <p>Also known as: {(entity.aliases ?? []).map((a) => (a.language ? `${a.name} (${a.language})` : a.name)).join(', ')}</p>}
          <dl className="facts">
            {entity.wikidataId && <><dt>Wikidata</dt><dd><a href={`https://www.wikidata.org/wiki/${entity.wikidataId}`}>{entity.wikidataId}</a></dd></>}
            {entity.__typename === 'Person' && entity.nationality && <><dt>Nationality</dt><dd>{entity.nationality}</dd></>}
            {entity.__typename === 'Person' && entity.birthDate && <><dt>Born on</dt><dd>{entity.birthDate}</dd></>}
            {entity.__typename === 'Organisation' && entity.organisationKind && <><dt>Type</dt><dd>{words(entity.organisationKind)}</dd></>}
            {entity.__typename === 'Place' && entity.country && <><dt>Country</dt><dd>{entity.country}</dd></>}
            {entity.__typename === 'Place' && <><dt>Time zone</dt><dd>{entity.timeZone}</dd></>}
          </dl>
          {!entity.mergedInto && <RecordActions record={{ id: entity.id, name: entity.name, version: entity.version, archived: entity.archived }} onEdit={() => setEditing(true)} />}
        </>
      )}
      {entity.__typename === 'Delegation' && (
        <p>Sent by {entity.organisation?.name}; head {entity.head?.name}; members: {(entity.members ?? []).map((m) => `${m?.person?.name} (${m?.role})`).join(', ')}</p>
      )}
      <Problems error={error} except={['UNAVAILABLE']} />
      {person && (
        <>
          <section aria-labelledby="affiliations-title">
            <h2 id="affiliations-title">Titles</h2>
            <ul>
              {(person.affiliations ?? []).map((a) => a && (
                <li key={a.id}>{a.title}, {a.organisation?.name}{a.current ? ' (current)' : ` (${a.validFrom ?? '?'} – ${a.validTo ?? '?'})`}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="person-quotes-title">
            <h2 id="person-quotes-title">Quotes{person.quotes?.totalCount != null ? ` (${person.quotes.totalCount})` : ''}</h2>
            {missing(error, 'entity', 'quotes') ? <Missing what="Their quotes" /> : (
              <ul className="cards">{(person.quotes?.edges ?? []).flatMap((e) => (e?.node ? [<li key={e.node.id}><QuoteCard quote={e.node} /></li>] : []))}</ul>
            )}
          </section>
        </>
      )}
      <section aria-labelledby="person-events-title">
        <h2 id="person-events-title">{entity.__typename === 'Place' ? 'Events held here' : 'Events'}</h2>
        {missing(error, 'entity', 'events') ? <Missing what={entity.__typename === 'Place' ? 'The events held here' : 'Their events'} /> : (
          <ol className="timeline">{(events?.edges ?? []).flatMap((e) => (e?.node ? [<li key={e.node.id}><EventCard event={e.node} /></li>] : []))}</ol>
        )}
      </section>
      <IfRole role="editor">
        {!entity.mergedInto && <MergeDuplicate survivor={{ id: entity.id, name: entity.name ?? '' }} />}
      </IfRole>
      <History record="entity" id={entity.id} />
    </>
  );
}

/** An editor merges a duplicate into this record, after seeing what will move. */
function MergeDuplicate({ survivor }: { survivor: PickedEntity }) {
  const [duplicate, setDuplicate] = useState<PickedEntity | null>(null);
  const [itself, setItself] = useState(false);
  const [{ data, fetching }] = useQuery({ query: MergePreviewQuery, variables: { id: duplicate?.id ?? '' }, pause: !duplicate, requestPolicy: 'network-only' });
  const [merged, merge] = useMutation(MergeEntity);
  const preview = data?.entity?.id === duplicate?.id ? data?.entity : null;
  const person = preview?.__typename === 'Person' ? preview : null;
  const events = preview?.events;
  // events are read a page at a time: past the first page, the count is a floor
  const eventCount = `${events?.edges.length ?? 0}${events?.pageInfo.hasNextPage ? ' or more' : ''}`;
  return (
    <section aria-labelledby="merge-title">
      <h2 id="merge-title">Merge a duplicate into {survivor.name}</h2>
      {merged.data?.mergeEntity && <p className="notice" role="status">Merged. {merged.data.mergeEntity.name} now holds everything.</p>}
      <OnlyExisting>
        <EntityPicker label="Find the duplicate" action="Merge" onPick={(picked) => {
          setItself(picked.id === survivor.id);
          if (picked.id !== survivor.id) setDuplicate(picked);
        }} />
      </OnlyExisting>
      {itself && <p className="notice" role="status">That is {survivor.name}, the record on this page: pick the duplicate to merge into it.</p>}
      <Dialog title="Merge the duplicate?" open={!!duplicate} onClose={() => setDuplicate(null)}>
        {fetching || !preview ? <p role="status">Looking at what will move…</p> : (
          <>
            <p><strong>{preview.name}</strong> will be merged into <strong>{survivor.name}</strong>. This moves:</p>
            <ul>
              {person && <li>{person.quotes?.totalCount ?? 0} quote(s) they said</li>}
              <li>{eventCount} event(s) {preview.__typename === 'Place' ? 'held there' : 'they took part in'}</li>
              {person && <li>{(person.affiliations ?? []).length} title(s)</li>}
              {!person && <li>every event and quote that names them</li>}
              <li>their names: {[preview.name, ...(preview.aliases ?? []).map((a) => a?.name)].filter(Boolean).join(', ')} (kept as aliases)</li>
            </ul>
            <p>The duplicate keeps answering with a pointer to {survivor.name}; nothing that refers to it breaks.</p>
            <Problems error={merged.error} />
            <div className="actions">
              <button type="button" className="danger" disabled={merged.fetching} onClick={async () => {
                const result = await merge({ duplicateId: preview.id!, survivorId: survivor.id, version: preview.version });
                if (!result.error) setDuplicate(null);
              }}>Merge {preview.name} into {survivor.name}</button>
              <button type="button" className="secondary" onClick={() => setDuplicate(null)}>Cancel</button>
            </div>
          </>
        )}
      </Dialog>
    </section>
  );
}
