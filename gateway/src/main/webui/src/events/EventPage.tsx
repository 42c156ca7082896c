import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useSession } from '../auth/SessionContext';
import { useReaderZone } from '../zone/ReaderZone';
import { Missing, Problems } from '../ui/Problems';
import { missing } from '../graphql/errors';
import { QuoteCard } from '../quotes/QuoteCard';
import { WorkflowActions } from '../workflow/WorkflowActions';
import { EventCard } from '../stories/EventCard';
import { hasKeptEdit } from '../unsaved/UnsavedChanges';
import { History } from '../history/History';
import { EventForm } from './EventForm';
import { mayEdit } from '../workflow/rules';
import { PageTitle } from '../ui/PageTitle';

const EventPageQuery = graphql(`
  query EventPage($id: ID!, $zone: String!) {
    event(id: $id) {
      id ...TimelineEvent ...EventPageEvent
      story { id slug title changeCursor }
      quotes(first: 50) { totalCount edges { node { id ...QuoteCard } } }
    }
  }
`);

export function EventPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const { zone } = useReaderZone();
  // changes kept when the session ended during an edit are offered in the editor, open again
  const [editing, setEditing] = useState(() => hasKeptEdit('event', id));
  // the record as it is now, not as a list (a search result) last showed it: its version is what
  // an edit, a verdict or a workflow step is based on, and an old one would meet a CONFLICT nobody caused
  const [{ data, fetching, stale, error }] = useQuery({ query: EventPageQuery, variables: { id, zone }, requestPolicy: 'network-only' });
  const event = data?.event;
  if (!event?.id) {
    // a result made stale (a live change forgot the record) is being fetched again: not yet "not found"
    return fetching || stale ? <p role="status">Loading the event…</p> : (
      <>
        <PageTitle>Event not found</PageTitle>
        <h1>Event not found</h1>
        <Problems error={error} />
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        {event.story?.slug && <Link to={`/stories/${event.story.slug}`}>{event.story.title}</Link>}
      </p>
      <PageTitle>{event.title}</PageTitle>
      <h1>{event.title}</h1>
      <Problems error={error} />
      {editing ? (
        <EventForm storyId={event.storyId ?? ''} event={event} cursor={event.story?.changeCursor} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      ) : (
        <>
          <EventCard event={event} />
          {event.sources && event.sources.length > 0 && (
            <section aria-labelledby="sources-title">
              <h2 id="sources-title">Sources</h2>
              <ul>
                {event.sources.map((s, i) => s && (
                  <li key={i}>{s.url ? <a href={s.url}>{s.publication}</a> : s.publication}{s.publishedAt ? `, ${s.publishedAt.slice(0, 10)}` : ''}</li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="event-quotes-title">
            <h2 id="event-quotes-title">Said at this event{event.quotes?.totalCount ? ` (${event.quotes.totalCount})` : ''}</h2>
            {missing(error, 'event', 'quotes') ? <Missing what="The quotes said at it" /> : event.quotes?.edges.length ? (
              <ul className="cards">{event.quotes.edges.flatMap((e) => (e?.node ? [<li key={e.node.id}><QuoteCard quote={e.node} /></li>] : []))}</ul>
            ) : <p className="hint">No quote is tied to this event yet.</p>}
          </section>
          {session.may('reporter') && event.notes && (
            <section aria-labelledby="notes-title">
              <h2 id="notes-title">Newsroom notes</h2>
              <p>{event.notes}</p>
            </section>
          )}
          <div className="actions">
            {mayEdit(session, event.state) && <button type="button" onClick={() => setEditing(true)}>Edit the event</button>}
          </div>
          <WorkflowActions record="event" id={event.id} state={event.state} version={event.version} />
          {event.story?.slug && session.may('reporter') && (
            <p><button type="button" className="link" onClick={() => navigate(`/stories/${event.story!.slug}/events/new`)}>Draft another event in this story</button></p>
          )}
        </>
      )}
      <History record="event" id={event.id} />
    </>
  );
}
