import { useRef, useState } from 'react';
import { useMutation, useClient, type CombinedError } from 'urql';
import { graphql } from '../gql';
import type { EventKind, Occurrence, ParticipantRole, RelationType, EventPageEventFragment } from '../gql/graphql';
import { SelectField, TextField } from '../ui/Fields';
import { Problems } from '../ui/Problems';
import { words } from '../ui/Badges';
import { fieldError, problemOf } from '../graphql/errors';
import { pickedOf } from '../entities/picked';
import { EntityPicker, type PickedEntity } from '../entities/EntityPicker';
import { ConflictView, type ConflictRow } from '../conflict/ConflictView';
import { useEditBase } from '../conflict/reapply';
import { ChangedMeanwhile } from '../live/ChangedMeanwhile';
import { KeptChanges, useUnsavedEdit } from '../unsaved/UnsavedChanges';
import { EVENT_KINDS } from '../stories/Timeline';
import { TimeFields, timeDraftOf, timeFieldsShown, timeInputOf, type TimeDraft } from './TimeFields';
import { SourcesField, sourceDraftsOf, sourceInputsOf, type SourceDraft } from './SourcesField';
import { useReaderZone } from '../zone/ReaderZone';
import { useRefusalShown } from '../ui/refusal';
import { choiceLabel, useStoryEvents } from './storyEvents';

export const EventPageEventFragmentDoc = graphql(`
  fragment EventPageEvent on Event {
    id title kind state occurrence version description notes storyId retractionReason
    time { date time zone precision approximate duration endDate endTime offset }
    participants { role entityId entity { __typename id name kind } }
    relations { type eventId event { id title } }
    location { label placeId place { id name } }
    sources { publication url publishedAt retrievedAt }
  }
`);

const CurrentEventQuery = graphql(`
  query CurrentEvent($id: ID!) {
    event(id: $id) { id ...EventPageEvent }
  }
`);

const CreateEvent = graphql(`
  mutation CreateEvent($input: EventInput!) {
    createEvent(input: $input) { id storyId ...EventPageEvent }
  }
`);

const UpdateEvent = graphql(`
  mutation UpdateEvent($id: ID!, $input: EventInput!, $version: Int!) {
    updateEvent(id: $id, input: $input, version: $version) { id ...EventPageEvent }
  }
`);

const OCCURRENCES: readonly Occurrence[] = ['OCCURRED', 'PLANNED', 'CHANGED', 'CANCELLED', 'POSTPONED'];
const ROLES: readonly ParticipantRole[] = ['PARTICIPANT', 'HOST', 'ORGANISER', 'SPEAKER', 'ABSENT'];
const RELATION_TYPES: readonly RelationType[] = ['REPLACES', 'FOLLOWS', 'PART_OF'];

interface Draft {
  title: string;
  kind: EventKind;
  occurrence: Occurrence;
  description: string;
  notes: string;
  locationLabel: string;
  place: PickedEntity | null;
  time: TimeDraft;
  participants: { entity: PickedEntity; role: ParticipantRole }[];
  relations: { eventId: string; type: RelationType }[];
  sources: SourceDraft[];
}

function draftOf(event: EventPageEventFragment | undefined, zone: string): Draft {
  return {
    title: event?.title ?? '',
    kind: event?.kind ?? 'MEETING',
    occurrence: event?.occurrence ?? 'OCCURRED',
    description: event?.description ?? '',
    notes: event?.notes ?? '',
    locationLabel: event?.location?.label ?? '',
    place: pickedOf(event?.location?.placeId, event?.location?.place),
    time: timeDraftOf(event?.time, zone),
    participants: (event?.participants ?? []).flatMap((p) => {
      const entity = pickedOf(p?.entityId, p?.entity);
      return entity && p.role ? [{ entity, role: p.role }] : [];
    }),
    relations: (event?.relations ?? []).flatMap((r) => (r?.eventId && r.type ? [{ eventId: r.eventId, type: r.type }] : [])),
    sources: sourceDraftsOf(event?.sources),
  };
}

function inputOf(draft: Draft, storyId: string) {
  return {
    storyId,
    title: draft.title,
    kind: draft.kind,
    occurrence: draft.occurrence,
    description: draft.description || null,
    notes: draft.notes || null,
    locationLabel: draft.locationLabel || null,
    placeId: draft.place?.id ?? null,
    time: timeInputOf(draft.time),
    participants: draft.participants.map((p) => ({ entityId: p.entity.id, role: p.role })),
    relations: draft.relations,
    sources: sourceInputsOf(draft.sources),
  };
}

/** The fields a person compares in a conflict, in words, marked where the user changed them since `basedOn`. */
function conflictRows(mine: Draft, theirs: Draft, basedOn: Draft): ConflictRow[] {
  const time = (t: TimeDraft) => `${t.date} ${t.time} ${t.zone} (${words(t.precision)}${t.approximate ? ', approximate' : ''})`;
  const row = (label: string, shown: (d: Draft) => string) => ({ label, mine: shown(mine), theirs: shown(theirs), changed: shown(mine) !== shown(basedOn) });
  return [
    row('Title', (d) => d.title),
    row('Kind', (d) => words(d.kind)),
    row('Occurrence', (d) => words(d.occurrence)),
    row('Time', (d) => time(d.time)),
    row('Description', (d) => d.description),
    row('Participants', (d) => d.participants.map((p) => `${p.entity.name} (${words(p.role)})`).join(', ')),
    row('Notes', (d) => d.notes),
  ];
}

/** The fields this form shows errors at now; a BAD_USER_INPUT naming another (storyId, placeId) is said below the form. */
function fieldsShown(draft: Draft, error: CombinedError | undefined): string[] {
  return ['title', 'kind', 'occurrence', ...timeFieldsShown(draft.time, error), 'description', 'locationLabel',
    'participants', 'relations', 'sources', 'notes'];
}

interface Props {
  storyId: string;
  event?: EventPageEventFragment;
  /**
   * Where a new event's time starts: the zone the story's events are in (a new event most likely
   * happened where they did), else the reader's. Given when the form opens, never changed under
   * the user: a zone being typed would be overwritten.
   */
  zone?: string;
  /** The story's changeCursor, read with the event: others' changes after it are marked in the form. */
  cursor?: string | null;
  onSaved(id: string): void;
  onCancel(): void;
}

/** Creates an event as a draft, or edits one on the version it was opened at. */
export function EventForm({ storyId, event, zone: storyZone, cursor, onSaved, onCancel }: Props) {
  const { zone: readerZone } = useReaderZone();
  const zone = storyZone || readerZone;
  const client = useClient();
  const edit = useEditBase<Draft>(() => draftOf(event, zone), event?.version ?? 0);
  const { draft, setDraft, basedOn, version, reload, reapply } = edit;
  const unsaved = useUnsavedEdit(edit, 'event', event?.id ?? `new:${storyId}`, event ? `the event “${event.title}”` : 'the new event');
  const [theirs, setTheirs] = useState<EventPageEventFragment | null>(null);
  const [created, create] = useMutation(CreateEvent);
  const [updated, update] = useMutation(UpdateEvent);
  const others = useStoryEvents(storyId).filter((e) => e.id !== event?.id);
  // a related event the list does not hold (yet, or one the reader may not see) is named as the record names it
  const relatedOptions = (eventId: string) => [
    ...(others.some((o) => o.id === eventId) ? [] : [{
      value: eventId,
      label: event?.relations?.find((r) => r?.eventId === eventId)?.event?.title ?? '(an event not in this list)',
    }]),
    ...others.map((o) => ({ value: o.id, label: choiceLabel(o) })),
  ];
  const error = event ? updated.error : created.error;
  const fetching = created.fetching || updated.fetching;
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });

  /** Their version beside the user's: after a CONFLICT, or when the user asks, having been told it changed. */
  const compare = async (id: string) => {
    const current = await client.query(CurrentEventQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    // the edit stays based on its version until the user reloads or reapplies: a plain save meets the conflict again
    setTheirs(current.data?.event ?? null);
  };

  const form = useRef<HTMLFormElement>(null);
  const refused = useRefusalShown(form);
  const save = async (onVersion: number, saved: Draft = draft) => {
    // a field the browser knows is wrong (a zone that is no zone) is said there, and nothing is saved
    if (!form.current?.reportValidity()) return;
    if (event?.id) {
      const result = await update({ id: event.id, input: inputOf(saved, storyId), version: onVersion });
      const conflict = problemOf(result.error, 'CONFLICT');
      if (conflict) {
        await compare(event.id);
        refused();
      } else if (result.data?.updateEvent?.id) {
        unsaved.saved();
        onSaved(result.data.updateEvent.id);
      } else if (result.error) {
        refused();
      }
    } else {
      const result = await create({ input: inputOf(draft, storyId) });
      if (result.data?.createEvent?.id) {
        unsaved.saved();
        onSaved(result.data.createEvent.id);
      } else if (result.error) {
        refused();
      }
    }
  };

  return (
    <form ref={form} className="panel event-form" aria-label={event ? 'Edit the event' : 'New event'} onSubmit={(e) => {
      e.preventDefault();
      void save(version);
    }}>
      <h2>{event ? `Edit: ${event.title}` : 'New event (draft)'}</h2>
      <KeptChanges kept={unsaved.kept} version={version} record="event" onRestore={unsaved.restore} onDiscard={unsaved.discardKept} />
      {event && (
        <ChangedMeanwhile storyId={storyId} recordType="EVENT" record="event" id={event.id} version={theirs?.version ?? version}
          cursor={cursor} onSeeTheirs={() => void compare(event.id)} />
      )}
      {theirs && (
        <ConflictView record="event" currentVersion={theirs.version} busy={fetching}
          rows={conflictRows(draft, draftOf(theirs, zone), basedOn)}
          onReload={() => { reload(draftOf(theirs, zone), theirs.version); setTheirs(null); }}
          onReapply={() => {
            // only what this user changed goes on their version: the other person's edits stay
            const mine = reapply(draftOf(theirs, zone), theirs.version);
            setTheirs(null);
            void save(theirs.version, mine);
          }} />
      )}
      <div className="grid2">
        <TextField label="Title" value={draft.title} onChange={(title) => set({ title })} required error={fieldError(error, 'title')} />
        <div className="grid2">
          <SelectField label="Kind" value={draft.kind} options={EVENT_KINDS.map((k) => ({ value: k, label: words(k) }))}
            onChange={(kind) => set({ kind: (kind || 'OTHER') as EventKind })} error={fieldError(error, 'kind')} />
          <SelectField label="Occurrence" value={draft.occurrence} options={OCCURRENCES.map((o) => ({ value: o, label: words(o) }))}
            onChange={(occurrence) => set({ occurrence: (occurrence || 'OCCURRED') as Occurrence })} error={fieldError(error, 'occurrence')} />
        </div>
      </div>
      <TimeFields value={draft.time} onChange={(time) => set({ time })} error={error} />
      <TextField label="What happened" value={draft.description} onChange={(description) => set({ description })} multiline error={fieldError(error, 'description')} />

      <fieldset>
        <legend>Where</legend>
        <div className="grid2">
          <div>
            {draft.place ? (
              <p>Place: <strong>{draft.place.name}</strong>{' '}
                <button type="button" className="link" onClick={() => set({ place: null })}>remove the place</button></p>
            ) : <EntityPicker label="Find a place" kind="PLACE" action="Set place" onPick={(place) => set({ place })} />}
          </div>
          <TextField label="In words (“on the tarmac”)" value={draft.locationLabel} onChange={(locationLabel) => set({ locationLabel })} error={fieldError(error, 'locationLabel')} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Participants</legend>
        {draft.participants.length > 0 && (
          <ul className="plain">
            {draft.participants.map((p, i) => (
              <li key={p.entity.id + i} className="grid3">
                <span>{p.entity.name}</span>
                <SelectField label={`Role of ${p.entity.name}`} value={p.role} options={ROLES.map((r) => ({ value: r, label: words(r) }))}
                  onChange={(role) => set({ participants: draft.participants.map((q, j) => (j === i ? { ...q, role: (role || 'PARTICIPANT') as ParticipantRole } : q)) })} />
                <div className="actions"><button type="button" className="secondary" onClick={() => set({ participants: draft.participants.filter((_, j) => j !== i) })}>Remove {p.entity.name}</button></div>
              </li>
            ))}
          </ul>
        )}
        {fieldError(error, 'participants') && <p className="field-error" role="alert">{fieldError(error, 'participants')}</p>}
        <EntityPicker label="Add a participant" action="Add" onPick={(entity) => set({ participants: [...draft.participants, { entity, role: 'PARTICIPANT' }] })} />
      </fieldset>

      <fieldset>
        <legend>Related events</legend>
        {draft.relations.map((r, i) => (
          <div key={i} className="grid3">
            <SelectField label={`Relation ${i + 1}`} value={r.type} options={RELATION_TYPES.map((t) => ({ value: t, label: words(t) }))}
              onChange={(type) => set({ relations: draft.relations.map((q, j) => (j === i ? { ...q, type: (type || 'FOLLOWS') as RelationType } : q)) })} />
            <SelectField label={`Other event ${i + 1}`} value={r.eventId} options={relatedOptions(r.eventId)}
              onChange={(eventId) => set({ relations: draft.relations.map((q, j) => (j === i ? { ...q, eventId } : q)) })} />
            <div className="actions"><button type="button" className="secondary" onClick={() => set({ relations: draft.relations.filter((_, j) => j !== i) })}>Remove relation {i + 1}</button></div>
          </div>
        ))}
        {fieldError(error, 'relations') && <p className="field-error" role="alert">{fieldError(error, 'relations')}</p>}
        {others.length > 0 && (
          <button type="button" className="secondary" onClick={() => set({ relations: [...draft.relations, { eventId: others[0].id, type: 'FOLLOWS' }] })}>Add a relation</button>
        )}
      </fieldset>

      <SourcesField value={draft.sources} onChange={(sources) => set({ sources })} error={fieldError(error, 'sources')} />
      <TextField label="Newsroom notes (never shown to viewers)" value={draft.notes} onChange={(notes) => set({ notes })} multiline error={fieldError(error, 'notes')} />
      {!theirs && <Problems error={error} except={['CONFLICT']} shownAt={fieldsShown(draft, error)} />}
      <div className="actions">
        <button type="submit" disabled={fetching}>{event ? 'Save the event' : 'Save as draft'}</button>
        <button type="button" className="secondary" onClick={() => { unsaved.discarded(); onCancel(); }}>Cancel</button>
      </div>
    </form>
  );
}
