import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ThePast } from '../graphql/past';
import { useReaderZone } from '../zone/ReaderZone';
import { instantIn } from '../zone/zones';
import { Problems } from '../ui/Problems';
import { TextField } from '../ui/Fields';
import { StateBadge } from '../ui/Badges';
import { EventCard } from './EventCard';

const StoryAsOfQuery = graphql(`
  query StoryAsOf($id: ID!, $at: DateTime!, $zone: String!) {
    storyAsOf(id: $id, at: $at, zone: $zone) {
      asOf revision
      story { title state summary }
      timeline { id ...TimelineEvent }
    }
  }
`);

/** The story as it was at a moment the reader picks, on the clock of the zone they read times in. */
export function AsOf({ storyId }: { storyId: string }) {
  const { zone } = useReaderZone();
  const [local, setLocal] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  return (
    <section aria-labelledby="as-of-title">
      <h2 id="as-of-title">The story as it was</h2>
      <form className="filters" aria-label="Pick a moment" onSubmit={(e) => {
        e.preventDefault();
        const instant = instantIn(local, zone);
        if (instant) setAsked(instant);
      }}>
        <TextField label={`At (${zone} time)`} type="datetime-local" value={local} onChange={setLocal} />
        <div className="actions"><button type="submit" disabled={!local}>Show</button></div>
      </form>
      {asked && <ThePast><Snapshot storyId={storyId} at={asked} /></ThePast>}
    </section>
  );
}

function Snapshot({ storyId, at }: { storyId: string; at: string }) {
  const { zone } = useReaderZone();
  const [{ data, fetching, error }] = useQuery({ query: StoryAsOfQuery, variables: { id: storyId, at, zone } });
  const snapshot = data?.storyAsOf;
  if (fetching && !snapshot) return <p role="status">Loading…</p>;
  return (
    <>
      <Problems error={error} />
      {snapshot && (
        <>
          <p className="notice">
            As of {new Date(snapshot.asOf ?? at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: zone })}
            {' '}({zone}):{' '}
            <strong>{snapshot.story?.title}</strong> <StateBadge state={snapshot.story?.state} />
          </p>
          {(snapshot.timeline ?? []).length === 0 && <p>No events then.</p>}
          <ol className="timeline" aria-label="Events as they were">
            {(snapshot.timeline ?? []).flatMap((event) => (event ? [<li key={event.id}><EventCard event={event} /></li>] : []))}
          </ol>
        </>
      )}
    </>
  );
}
