import { words } from '../ui/Badges';
import { dateInWords, PRECISION_WORDS } from '../stories/time';

/** The kinds of record that keep a history. */
export type HistoryRecord = 'event' | 'quote' | 'story' | 'entity';

/** Names of the records a history refers to, by id: people, places, events (their titles). */
export type Names = Readonly<Record<string, string>>;

/** What an id the history names shows when no record answers to it (deleted for good, or not to be seen). */
export const UNKNOWN_RECORD = '(unknown record)';

type Snapshot = Record<string, unknown>;
type Shown = (value: unknown, snapshot: Snapshot, names: Names) => string;

interface Field {
  label: string;
  shown?: Shown;
}

const RELATION_WORDS: Record<string, string> = { REPLACES: 'replaces', FOLLOWS: 'follows', PART_OF: 'part of' };

const nameOf = (id: unknown, names: Names) => (typeof id === 'string' && id ? names[id] ?? UNKNOWN_RECORD : '');
const list = (value: unknown): Snapshot[] => (Array.isArray(value) ? value.filter((v): v is Snapshot => !!v && typeof v === 'object') : []);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * A source's time as the timeline shows it: the words the gateway rendered in the source's own zone
 * (`rendered`: "about 11:30 AKDT, 15 August 2025"), or the date in words for a date-precision time,
 * then how precise it is and the place's zone.
 */
function timeShown(rendered: string): Shown {
  return (value, snapshot) => {
    if (!value || typeof value !== 'object') return '';
    const time = value as { date?: string | null; time?: string | null; zone?: string | null; precision?: string | null; approximate?: boolean };
    const said = text((snapshot[rendered] as { text?: unknown } | null | undefined)?.text)
      || dateInWords({ date: time.date, precision: time.precision, approximate: !!time.approximate });
    const how = [PRECISION_WORDS[time.precision ?? ''], time.time ? time.zone : null].filter(Boolean).join(', ');
    return how ? `${said} (${how})` : said;
  };
}

const participants: Shown = (value, _, names) =>
  list(value).map((p) => `${nameOf(p.entityId, names)} (${words(text(p.role))})`).join(', ');

const relations: Shown = (value, _, names) =>
  list(value).map((r) => `${RELATION_WORDS[text(r.type)] ?? words(text(r.type))} “${nameOf(r.eventId, names)}”`).join(', ');

const location: Shown = (value, _, names) => {
  const where = value && typeof value === 'object' ? value as Snapshot : {};
  return [nameOf(where.placeId, names), text(where.label)].filter(Boolean).join(', ');
};

const verification: Shown = (value) => {
  const v = value && typeof value === 'object' ? value as Snapshot : {};
  const state = words(text(v.state)) || 'unverified';
  if (state === 'unverified' && !v.note) return state;
  return `${state}${v.by ? ` by ${text(v.by)}` : ''}${v.note ? `: ${text(v.note)}` : ''}`;
};

const enumWords: Shown = (value) => words(text(value));
const name: Shown = (value, _, names) => nameOf(value, names);
const yesNo: Shown = (value) => (value === true ? 'yes' : value === false ? 'no' : '');

/** Each record's fields with the labels its form gives them, in the form's order; the others are named in words. */
const FIELDS: Record<HistoryRecord, Record<string, Field>> = {
  event: {
    title: { label: 'Title' },
    kind: { label: 'Kind', shown: enumWords },
    occurrence: { label: 'Occurrence', shown: enumWords },
    time: { label: 'When', shown: timeShown('startsAt') },
    description: { label: 'What happened' },
    location: { label: 'Where', shown: location },
    participants: { label: 'Participants', shown: participants },
    relations: { label: 'Related events', shown: relations },
    notes: { label: 'Newsroom notes' },
    state: { label: 'State', shown: enumWords },
    retractionReason: { label: 'Reason for retracting' },
  },
  quote: {
    kind: { label: 'Kind', shown: enumWords },
    text: { label: 'Text' },
    context: { label: 'Context' },
    speakerId: { label: 'Speaker', shown: name },
    speakerLabel: { label: 'Speaker (a label)' },
    putToId: { label: 'Put to', shown: name },
    putToLabel: { label: 'Put to (a label)' },
    platform: { label: 'Platform' },
    language: { label: 'Language of the text' },
    originalText: { label: 'Original text' },
    time: { label: 'When it was said', shown: timeShown('saidAt') },
    eventId: { label: 'Event', shown: name },
    verification: { label: 'Verification', shown: verification },
    state: { label: 'State', shown: enumWords },
    retractionReason: { label: 'Reason for retracting' },
  },
  story: {
    title: { label: 'Title' },
    slug: { label: 'Slug (the story’s address)' },
    summary: { label: 'Summary' },
    state: { label: 'State', shown: enumWords },
    retractionReason: { label: 'Reason for retracting' },
  },
  entity: {
    name: { label: 'Name' },
    description: { label: 'Description' },
    wikidataId: { label: 'Wikidata id' },
    archived: { label: 'Archived', shown: yesNo },
    mergedInto: { label: 'Merged into', shown: name },
  },
};

/** Fields a history asks only to show others by: a record looked up by id, a time rendered by the gateway. */
const LOOKED_UP = new Set(['__typename', 'version', 'speaker', 'putTo', 'event', 'startsAt', 'saidAt', 'timeFromEvent']);

/** A camelCase key in words, for a field no form names: "wikidataId" → "Wikidata id". */
function labelOf(field: string): string {
  const spaced = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** A record's fields in words, by their labels, for showing what a change did. */
export function shownFields(record: HistoryRecord, snapshot: Snapshot | null | undefined, names: Names = {}): Map<string, string> {
  const fields = FIELDS[record];
  const shown = new Map<string, string>();
  const keys = Object.keys(snapshot ?? {}).filter((key) => !LOOKED_UP.has(key));
  const known = Object.keys(fields).filter((key) => keys.includes(key));
  for (const key of [...known, ...keys.filter((k) => !(k in fields))]) {
    const value = snapshot![key];
    const field = fields[key];
    shown.set(field?.label ?? labelOf(key), value === null || value === undefined ? ''
      : field?.shown ? field.shown(value, snapshot!, names)
        : typeof value === 'object' ? JSON.stringify(value, (k, v) => (k === '__typename' ? undefined : v))
          : String(value));
  }
  return shown;
}

export interface FieldChange {
  /** The field's label, as its form names it ("Title", "When"). */
  field: string;
  before: string;
  after: string;
}

/**
 * What one revision changed against the one before it (every field, for the first), in words:
 * fields by their labels, times as the timeline shows them, people, places and events by their
 * names in `names` (an id with none is an unknown record). Fields compare by what they show.
 */
export function changedFields(record: HistoryRecord, before: Snapshot | null | undefined, after: Snapshot | null | undefined,
  names: Names = {}): FieldChange[] {
  const old = shownFields(record, before, names);
  const now = shownFields(record, after, names);
  return [...new Set([...now.keys(), ...old.keys()])]
    .filter((field) => (old.get(field) ?? '') !== (now.get(field) ?? ''))
    .map((field) => ({ field, before: old.get(field) ?? '', after: now.get(field) ?? '' }));
}

/**
 * The names of the records a history's snapshots looked up with them (a participant's entity, a
 * speaker, a place, a related event), by id: every object below a snapshot's top with an id and a
 * name or title.
 */
export function namesIn(snapshots: readonly (Snapshot | null | undefined)[]): Record<string, string> {
  const names: Record<string, string> = {};
  const visit = (value: unknown, top: boolean) => {
    if (Array.isArray(value)) {
      value.forEach((v) => visit(v, false));
    } else if (value && typeof value === 'object') {
      const found = value as Snapshot;
      const label = text(found.name) || text(found.title);
      if (!top && typeof found.id === 'string' && label) names[found.id] = label;
      for (const [key, joined] of Object.entries(found)) {
        // the id the snapshot holds names the record too (a merged one answers with its survivor)
        const held = found[`${key}Id`];
        const joinedLabel = joined && typeof joined === 'object' ? text((joined as Snapshot).name) || text((joined as Snapshot).title) : '';
        if (typeof held === 'string' && joinedLabel) names[held] = joinedLabel;
        visit(joined, false);
      }
    }
  };
  snapshots.forEach((snapshot) => visit(snapshot, true));
  return names;
}
