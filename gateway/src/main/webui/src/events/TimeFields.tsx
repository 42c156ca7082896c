import type { CombinedError } from 'urql';
import type { Precision, TimeInput } from '../gql/graphql';
import { CheckField, SelectField, TextField } from '../ui/Fields';
import { ZoneField } from '../zone/ZoneField';
import { fieldError } from '../graphql/errors';
import { PRECISION_WORDS } from '../stories/time';

/** A time as the form holds it: strings as typed, turned into a TimeInput on save. */
export interface TimeDraft {
  date: string;
  time: string;
  zone: string;
  precision: Precision;
  approximate: boolean;
  /** How the end is given: not at all, as a duration, or as an end date and time. */
  end: 'none' | 'duration' | 'end';
  durationHours: string;
  durationMinutes: string;
  endDate: string;
  endTime: string;
  /**
   * The UTC offset, only for a time the clocks give twice (when they go back): as stored, kept
   * while the date, time and zone stay as they were, or as the user picked it when asked.
   */
  offset: string;
}

export const PRECISIONS: readonly Precision[] = ['MINUTE', 'HOUR', 'DAY', 'MONTH', 'YEAR'];

export function emptyTime(zone: string): TimeDraft {
  return {
    date: '', time: '', zone, precision: 'MINUTE', approximate: false,
    end: 'none', durationHours: '', durationMinutes: '', endDate: '', endTime: '', offset: '',
  };
}

interface SourceTimeLike {
  date?: string | null; time?: string | null; zone?: string | null; precision?: Precision | null;
  approximate: boolean; duration?: string | null; endDate?: string | null; endTime?: string | null;
  offset?: string | null;
}

/** A stored time back into the form ("PT2H45M" → 2 h 45 min). */
export function timeDraftOf(time: SourceTimeLike | null | undefined, fallbackZone: string): TimeDraft {
  if (!time) return emptyTime(fallbackZone);
  const duration = /^PT(?:(\d+)H)?(?:(\d+)M)?/.exec(time.duration ?? '');
  return {
    date: time.date ?? '',
    time: (time.time ?? '').slice(0, 5),
    zone: time.zone ?? fallbackZone,
    precision: time.precision ?? 'MINUTE',
    approximate: time.approximate,
    end: time.duration ? 'duration' : time.endDate || time.endTime ? 'end' : 'none',
    durationHours: duration?.[1] ?? '',
    durationMinutes: duration?.[2] ?? '',
    endDate: time.endDate ?? '',
    endTime: (time.endTime ?? '').slice(0, 5),
    offset: time.offset ?? '',
  };
}

/**
 * The form's time as the API takes it. A time of day only with MINUTE or HOUR precision: a
 * day-precision event is a date, never midnight.
 */
export function timeInputOf(draft: TimeDraft): TimeInput {
  const timed = draft.precision === 'MINUTE' || draft.precision === 'HOUR';
  // "1.5" hours is 1 h 30 min: the API takes whole hours and minutes (PT1.5H is refused)
  const minutes = Math.round(Number(draft.durationHours || 0) * 60 + Number(draft.durationMinutes || 0));
  return {
    date: draft.date,
    time: timed && draft.time ? `${draft.time}:00` : null,
    zone: draft.zone,
    precision: draft.precision,
    approximate: draft.approximate,
    duration: draft.end === 'duration' && minutes ? isoDuration(minutes) : null,
    endDate: draft.end === 'end' && draft.endDate ? draft.endDate : null,
    endTime: draft.end === 'end' && timed && draft.endTime ? `${draft.endTime}:00` : null,
    offset: timed && draft.offset ? draft.offset : null,
  };
}

/** Whole minutes as an ISO-8601 duration: 90 → PT1H30M (a negative one is left for the server to refuse). */
function isoDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `PT${hours ? `${sign}${hours}H` : ''}${rest ? `${sign}${rest}M` : ''}`;
}

/**
 * The offsets a message asks the user to choose from ("… happens twice in Europe/Kyiv (the clocks
 * went back): give offset +03:00 or +02:00"), and the one given, if any.
 */
export function offsetsOf(message: string | undefined, given: string): string[] {
  const named = (message ?? '').split(', not ')[0].match(/[+-]\d\d:\d\d(?::\d\d)?|\bZ\b/g) ?? [];
  return [...new Set(given ? [given, ...named] : named)];
}

/** The fields of a time the form shows now (its errors are said there, not above the form). */
export function timeFieldsShown(value: TimeDraft, error: CombinedError | undefined, path = 'time'): string[] {
  const timed = value.precision === 'MINUTE' || value.precision === 'HOUR';
  return [
    'date', 'zone', 'precision',
    ...(timed ? ['time'] : []),
    ...(value.end === 'duration' ? ['duration'] : []),
    ...(value.end === 'end' ? ['endDate', ...(timed ? ['endTime'] : [])] : []),
    ...(offsetShown(value, error, path) ? ['offset'] : []),
  ].map((field) => `${path}.${field}`);
}

function offsetShown(value: TimeDraft, error: CombinedError | undefined, path: string) {
  const timed = value.precision === 'MINUTE' || value.precision === 'HOUR';
  return timed && (value.offset !== '' || !!fieldError(error, `${path}.offset`));
}

interface Props {
  value: TimeDraft;
  onChange(value: TimeDraft): void;
  error?: CombinedError;
  /** The input field's path in error messages ("time"). */
  path?: string;
  legend?: string;
}

export function TimeFields({ value, onChange, error, path = 'time', legend = 'When, as the source gave it' }: Props) {
  const set = (change: Partial<TimeDraft>) => onChange({ ...value, ...change });
  const timed = value.precision === 'MINUTE' || value.precision === 'HOUR';
  const err = (field: string) => fieldError(error, `${path}.${field}`);
  // another date, time or zone is another moment: the offset given for the old one no longer holds
  const setMoment = (change: Partial<TimeDraft>) => set({ ...change, offset: '' });
  const offsets = offsetsOf(err('offset'), value.offset);
  return (
    <fieldset className="time-fields">
      <legend>{legend}</legend>
      <div className="grid4">
        <TextField label="Date" type="date" value={value.date} onChange={(date) => setMoment({ date })} required error={err('date')} />
        {timed && <TextField label="Local time" type="time" value={value.time} onChange={(time) => setMoment({ time })} error={err('time')} />}
        <ZoneField label="Time zone of the place" value={value.zone} onChange={(zone) => setMoment({ zone })} error={err('zone')} />
        <SelectField label="Precision" value={value.precision}
          options={PRECISIONS.map((p) => ({ value: p, label: PRECISION_WORDS[p] }))}
          onChange={(precision) => set({ precision: (precision || 'MINUTE') as Precision })} error={err('precision')} />
      </div>
      {offsetShown(value, error, path) && (offsets.length > 0
        ? <SelectField label="Offset (the clocks give this time twice)" value={value.offset} empty="Pick one"
            options={offsets.map((offset) => ({ value: offset, label: offset === 'Z' ? 'Z (+00:00)' : offset }))}
            onChange={(offset) => set({ offset })} error={err('offset')} />
        : <TextField label="Offset (the clocks give this time twice)" value={value.offset} hint="e.g. +03:00"
            onChange={(offset) => set({ offset })} error={err('offset')} />)}
      <CheckField label="Approximate (“about”, “around”)" checked={value.approximate} onChange={(approximate) => set({ approximate })} />
      <SelectField label="End" value={value.end}
        options={[{ value: 'none', label: 'Not given' }, { value: 'duration', label: 'A duration' }, { value: 'end', label: 'An end date and time' }]}
        onChange={(end) => set({ end: (end || 'none') as TimeDraft['end'] })} />
      {value.end === 'duration' && (
        <div className="grid4">
          <TextField label="Hours" type="number" value={value.durationHours} onChange={(durationHours) => set({ durationHours })} error={err('duration')} />
          <TextField label="Minutes" type="number" value={value.durationMinutes} onChange={(durationMinutes) => set({ durationMinutes })} />
        </div>
      )}
      {value.end === 'end' && (
        <div className="grid4">
          <TextField label="End date" type="date" value={value.endDate} onChange={(endDate) => set({ endDate })} error={err('endDate')} />
          {timed && <TextField label="End time" type="time" value={value.endTime} onChange={(endTime) => set({ endTime })} error={err('endTime')} />}
        </div>
      )}
    </fieldset>
  );
}
