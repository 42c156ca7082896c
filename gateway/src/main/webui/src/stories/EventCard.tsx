import { Link } from 'react-router';
import { graphql } from '../gql';
import type { TimelineEventFragment } from '../gql/graphql';
import { StateBadge, words } from '../ui/Badges';
import { dateInWords, differs, PRECISION_WORDS } from './time';

export const TimelineEventFragmentDoc = graphql(`
  fragment TimelineEvent on Event {
    id title kind state occurrence version description retractionReason
    time { date time zone precision approximate duration endDate endTime }
    source: startsAt { text abbreviation }
    reader: startsAt(zone: $zone) { text abbreviation }
    participants { role entity { __typename id name kind } }
    relations { type event { id title } }
    location { label place { id name } }
  }
`);

const OCCURRENCE_WORDS: Record<string, string> = {
  PLANNED: 'Planned',
  CHANGED: 'Changed',
  CANCELLED: 'Cancelled',
  POSTPONED: 'Postponed',
  OCCURRED: 'Happened',
};

const RELATION_WORDS: Record<string, string> = {
  REPLACES: 'Replaces',
  FOLLOWS: 'Follows',
  PART_OF: 'Part of',
};

export function EventCard({ event, onParticipant }: { event: TimelineEventFragment; onParticipant?(id: string, name: string): void }) {
  const time = event.time;
  const timed = !!event.source?.text;
  return (
    <article className={`event occurrence-${(event.occurrence ?? 'OCCURRED').toLowerCase()}`} aria-labelledby={`event-${event.id}`}>
      <div className="event-time">
        {timed ? (
          <>
            <p className="source-time" title="As the source gave it">{event.source?.text}</p>
            {differs(event.source?.text, event.reader?.text) && (
              <p className="reader-time" title="In your zone">{event.reader?.text}</p>
            )}
          </>
        ) : time && <p className="source-time">{dateInWords(time)}</p>}
        {time && (
          <p className="precision">
            {PRECISION_WORDS[time.precision ?? ''] ?? ''}{time.approximate ? ', approximate' : ''}
            {time.zone && timed ? ` · ${time.zone}` : ''}
          </p>
        )}
      </div>
      <div className="event-body">
        <h3 id={`event-${event.id}`}>
          <Link to={`/events/${event.id}`}>{event.title}</Link>
        </h3>
        <p className="meta">
          <span className="kind">{words(event.kind)}</span>
          {event.occurrence && event.occurrence !== 'OCCURRED' && (
            <span className={`badge occurrence`}>{OCCURRENCE_WORDS[event.occurrence] ?? words(event.occurrence)}</span>
          )}
          <StateBadge state={event.state} />
        </p>
        {event.description && <p>{event.description}</p>}
        {event.retractionReason && <p className="retracted">Retracted: {event.retractionReason}</p>}
        {event.location && (event.location.place || event.location.label) && (
          <p className="location">
            Where:{' '}
            {event.location.place?.id && (
              <Link to={`/people/${event.location.place.id}`} title="The place, and the events held there">{event.location.place.name}</Link>
            )}
            {event.location.place?.id && event.location.label ? ', ' : ''}
            {event.location.label}
          </p>
        )}
        {event.participants && event.participants.length > 0 && (
          <ul className="participants" aria-label="Participants">
            {event.participants.map((participant, i) => participant && (
              <li key={i} className={participant.role === 'ABSENT' ? 'absent' : undefined}>
                {participant.entity && onParticipant ? (
                  <button type="button" className="link" onClick={() => onParticipant(participant.entity!.id!, participant.entity!.name ?? '')}
                    title="Show only this participant's events">{participant.entity.name}</button>
                ) : participant.entity?.name ?? 'unknown'}
                {' '}<span className="role">({words(participant.role)})</span>
              </li>
            ))}
          </ul>
        )}
        {event.relations && event.relations.length > 0 && (
          <ul className="relations" aria-label="Related events">
            {event.relations.map((relation, i) => relation && (
              <li key={i}>{RELATION_WORDS[relation.type ?? ''] ?? words(relation.type)}{' '}
                {relation.event ? <Link to={`/events/${relation.event.id}`}>{relation.event.title}</Link> : 'an event you cannot see'}
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
