import { useRef, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { EventKind, TimelinePageFragment } from '../gql/graphql';
import { useReaderZone } from '../zone/ReaderZone';
import { Problems } from '../ui/Problems';
import { SelectField, TextField } from '../ui/Fields';
import { words } from '../ui/Badges';
import { EventCard } from './EventCard';

export const EVENT_KINDS: readonly EventKind[] = [
  'ARRIVAL', 'GREETING', 'MEAL', 'MEETING', 'OTHER', 'POST', 'PRESS_CONFERENCE', 'STATEMENT', 'TALKS',
];

// what a page of the timeline shows (StoryPage's query asks for the first page with the story)
export const TimelinePageFragmentDoc = graphql(`
  fragment TimelinePage on EventConnection {
    edges {
      node { id ...TimelineEvent }
    }
    pageInfo { hasNextPage endCursor }
  }
`);

// the story's own timeline (not the root one): pages loaded later join the first page, which
// may have come with the story's query, in one list in the cache
const TimelineQuery = graphql(`
  query Timeline($storyId: ID!, $zone: String!, $after: String, $kinds: [EventKind!], $participantId: ID, $from: String, $to: String) {
    story(id: $storyId) {
      id
      timeline(first: 25, after: $after, kinds: $kinds, participantId: $participantId, from: $from, to: $to) { ...TimelinePage }
    }
  }
`);

interface Filters {
  kind: EventKind | '';
  participantId: string;
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { kind: '', participantId: '', from: '', to: '' };

/** No events to show: none yet, or none of those filtered for. */
function NoEvents({ filtered }: { filtered: boolean }) {
  return <p>{filtered ? 'No events match these filters.' : 'No events in this story yet.'}</p>;
}

/**
 * A story's events in time order, each time as the source gave it and in the reader's zone.
 * `firstPage`: the unfiltered first page, read with the story (the page's one request); without
 * it (or if it could not be read), or once filtered or paged on, the timeline asks for itself.
 */
export function Timeline({ storyId, firstPage }: { storyId: string; firstPage?: TimelinePageFragment | null }) {
  const { zone } = useReaderZone();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  // whose events the timeline shows, by name (the filter itself is by id)
  const [participantName, setParticipantName] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  // while the story's query fetches again (a live change made the page stale) its page is null:
  // the last one stays on screen until the new one comes
  const kept = useRef(firstPage);
  if (firstPage) kept.current = firstPage;
  const first = firstPage ?? kept.current;
  const ownQuery = !first || after !== null || Object.values(filters).some(Boolean);
  const [{ data, fetching: fetchingOwn, error }] = useQuery({
    query: TimelineQuery,
    pause: !ownQuery,
    variables: {
      storyId,
      zone,
      after,
      kinds: filters.kind ? [filters.kind] : null,
      participantId: filters.participantId || null,
      from: filters.from || null,
      to: filters.to || null,
    },
  });
  const page = ownQuery ? data?.story?.timeline : first;
  const fetching = ownQuery && fetchingOwn;
  const events = page?.edges?.flatMap((edge) => (edge?.node ? [edge.node] : [])) ?? [];
  const pageInfo = page?.pageInfo;
  const filter = (change: Partial<Filters>) => {
    setAfter(null);
    setFilters({ ...filters, ...change });
  };
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <form className="filters" aria-label="Filter the timeline" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Kind" value={filters.kind} empty="Any kind"
          options={EVENT_KINDS.map((kind) => ({ value: kind, label: words(kind) }))}
          onChange={(kind) => filter({ kind })} />
        <TextField label="From" type="date" value={filters.from} onChange={(from) => filter({ from })} />
        <TextField label="To" type="date" value={filters.to} onChange={(to) => filter({ to })} />
        {filters.participantId && (
          <p className="participant-filter">
            Only the events of <strong>{participantName || 'one participant'}</strong>{' '}
            <button type="button" className="secondary" onClick={() => filter({ participantId: '' })}>Show every participant's events</button>
          </p>
        )}
      </form>
      <Problems error={error} />
      {events.length === 0 && !fetching && <NoEvents filtered={Object.values(filters).some(Boolean)} />}
      <ol className="timeline" aria-label="Events in time order">
        {events.map((event) => (
          <li key={event.id}><EventCard event={event} onParticipant={(participantId, name) => { setParticipantName(name); filter({ participantId }); }} /></li>
        ))}
      </ol>
      {pageInfo?.hasNextPage && (
        <button type="button" disabled={fetching} onClick={() => setAfter(pageInfo.endCursor ?? null)}>Load more events</button>
      )}
    </section>
  );
}
