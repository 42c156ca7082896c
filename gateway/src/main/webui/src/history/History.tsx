import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ThePast } from '../graphql/past';
import { Problems } from '../ui/Problems';
import { changedFields } from './changes';

const EventHistory = graphql(`
  query EventHistory($id: ID!) {
    event(id: $id) { id history { at kind revision user snapshot {
      title state occurrence description notes retractionReason
      time { date time zone precision approximate duration }
      participants { role entityId } relations { type eventId } location { label } } } }
  }
`);
const QuoteHistory = graphql(`
  query QuoteHistory($id: ID!) {
    quote(id: $id) { id history { at kind revision user snapshot {
      text kind state context speakerId speakerLabel putToLabel platform language originalText retractionReason
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

function Changes({ record, id }: { record: keyof typeof QUERIES; id: string }) {
  const [{ data, fetching, error }] = useQuery({ query: QUERIES[record] as typeof EventHistory, variables: { id } });
  const holder = (data as unknown as Record<string, { history?: (Change | null)[] | null } | null> | undefined)?.[record];
  const changes = (holder?.history ?? []).flatMap((c) => (c ? [c] : []));
  if (fetching && changes.length === 0) return <p role="status">Loading the history…</p>;
  const newestFirst = changes.map((change, i) => ({ change, fields: changedFields(changes[i - 1]?.snapshot, change.snapshot) })).reverse();
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
