import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { EventKind } from '../gql/graphql';
import { useReaderZone } from '../zone/ReaderZone';
import { Problems } from '../ui/Problems';
import { SelectField, TextField } from '../ui/Fields';
import { words } from '../ui/Badges';
import { EventCard } from './EventCard';

export const EVENT_KINDS: readonly EventKind[] = [
  'ARRIVAL', 'GREETING', 'MEAL', 'MEETING', 'OTHER', 'POST', 'PRESS_CONFERENCE', 'STATEMENT', 'TALKS',
];

const TimelineQuery = graphql(`
  query Timeline($storyId: ID!, $zone: String!, $after: String, $kinds: [EventKind!], $participantId: ID, $from: String, $to: String) {
    timeline(storyId: $storyId, first: 25, after: $after, kinds: $kinds, participantId: $participantId, from: $from, to: $to) {
      edges {
        node { id ...TimelineEvent }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

interface Filters {
  kind: EventKind | '';
  participantId: string;
  from: string;
  to: string;
}

/** A story's events in time order, each time as the source gave it and in the reader's zone. */
export function Timeline({ storyId }: { storyId: string }) {
  const { zone } = useReaderZone();
  const [filters, setFilters] = useState<Filters>({ kind: '', participantId: '', from: '', to: '' });
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: TimelineQuery,
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
  const events = data?.timeline?.edges?.flatMap((edge) => (edge?.node ? [edge.node] : [])) ?? [];
  const pageInfo = data?.timeline?.pageInfo;
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
      </form>
      <Problems error={error} />
      {events.length === 0 && !fetching && <p>No events match.</p>}
      <ol className="timeline" aria-label="Events in time order">
        {events.map((event) => (
          <li key={event.id}><EventCard event={event} onParticipant={(participantId) => filter({ participantId })} /></li>
        ))}
      </ol>
      {filters.participantId && (
        <button type="button" className="secondary" onClick={() => filter({ participantId: '' })}>Show every participant's events</button>
      )}
      {pageInfo?.hasNextPage && (
        <button type="button" disabled={fetching} onClick={() => setAfter(pageInfo.endCursor ?? null)}>Load more events</button>
      )}
    </section>
  );
}
