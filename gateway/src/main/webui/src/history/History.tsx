import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ThePast } from '../graphql/past';
import { Problems } from '../ui/Problems';
import { changedFields, namesIn, type HistoryRecord } from './changes';

// Each snapshot asks for the records its ids name (participants, places, speakers, related
// events) with it: the gateway looks them all up in one batched call per kind, whatever the
// number of revisions, so the history shows names, not ids.
const EventHistory = graphql(`
  query EventHistory($id: ID!) {
    event(id: $id) { id history { at kind revision user snapshot {
      title kind state occurrence description notes retractionReason
      time { date time zone precision approximate duration endDate endTime } startsAt { text }
      participants { role entityId entity { id name } } relations { type eventId event { id title } }
      location { label placeId place { id name } } } } }
  }
`);
const QuoteHistory = graphql(`
  query QuoteHistory($id: ID!) {
    quote(id: $id) { id history { at kind revision user snapshot {
      text kind state context speakerId speaker { id name } speakerLabel putToId putTo { id name } putToLabel
      platform language originalText retractionReason eventId event { id title }
      time { date time zone precision approximate } saidAt { text }
      verification { state note by } } } }
  }
`);
const StoryHistory = graphql(`
  query StoryHistory($id: ID!) {
    story(id: $id) { id history { at kind revision user snapshot { title slug summary state retractionReason } } }
  }
`);
const EntityHistory = graphql(`
  query EntityHistory($id: ID!) {
    entity(id: $id) { id history { at kind revision user snapshot { name description archived mergedInto wikidataId } } }
  }
`);
// the survivor a merged entity points to (a merge is final: one survivor for the whole history)
const Survivor = graphql(`
  query HistorySurvivor($id: ID!) {
    entity(id: $id) { id name }
  }
`);

const QUERIES = { event: EventHistory, quote: QuoteHistory, story: StoryHistory, entity: EntityHistory };

interface Change {
  at?: string | null;
  kind?: string | null;
  revision: number;
  user?: string | null;
  snapshot?: Record<string, unknown> | null;
}

/** A record's changes, newest first: who, when, and what each change did. Opened on demand. */
export function History({ record, id }: { record: keyof typeof QUERIES; id: string }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="history" aria-labelledby={`history-${id}`}>
      <h2 id={`history-${id}`}>History</h2>
      {open ? <ThePast><Changes record={record} id={id} /></ThePast>
        : <button type="button" className="secondary" onClick={() => setOpen(true)}>Show the history</button>}
    </section>
  );
}

function Changes({ record, id }: { record: HistoryRecord; id: string }) {
  const [{ data, fetching, error }] = useQuery({ query: QUERIES[record] as typeof EventHistory, variables: { id } });
  const holder = (data as unknown as Record<string, { history?: (Change | null)[] | null } | null> | undefined)?.[record];
  const changes = (holder?.history ?? []).flatMap((c) => (c ? [c] : []));
  const survivorId = changes.map((c) => c.snapshot?.mergedInto).find((m): m is string => typeof m === 'string' && m !== '');
  const [{ data: survivor }] = useQuery({ query: Survivor, variables: { id: survivorId ?? '' }, pause: !survivorId });
  if (fetching && changes.length === 0) return <p role="status">Loading the history…</p>;
  const names = namesIn(changes.map((c) => c.snapshot));
  if (survivorId && survivor?.entity?.name) names[survivorId] = survivor.entity.name;
  const newestFirst = changes.map((change, i) => ({ change, fields: changedFields(record, changes[i - 1]?.snapshot, change.snapshot, names) })).reverse();
  return (
    <>
      <Problems error={error} />
      <table>
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What changed</th></tr></thead>
        <tbody>
          {newestFirst.map(({ change, fields }) => (
            <tr key={change.revision}>
              <td>{change.at ? new Date(change.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : ''}</td>
              <td>{change.user}</td>
              <td>
                <strong>{change.kind === 'CREATED' ? 'Created' : change.kind === 'DELETED' ? 'Deleted' : 'Changed'}</strong>
                <ul className="plain">
                  {fields.map((f) => (
                    <li key={f.field}><span className="field-name">{f.field}</span>: {f.before ? <del>{f.before}</del> : null} {f.after ? <ins>{f.after}</ins> : <em>(removed)</em>}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
