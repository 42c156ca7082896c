/** How precise a source's time is, in the words a reporter would use. */
export const PRECISION_WORDS: Record<string, string> = {
  MINUTE: 'to the minute',
  HOUR: 'to the hour',
  DAY: 'date only',
  MONTH: 'month only',
  YEAR: 'year only',
};

interface SourceTimeLike {
  date?: string | null;
  precision?: string | null;
  approximate: boolean;
}

/**
 * A time without a time of day (DAY, MONTH or YEAR precision) in words. It is a date, never an
 * instant: it reads the same in every zone (never converted through UTC, where 15 August would
 * become 14 August for a reader west of Greenwich).
 */
export function dateInWords(time: SourceTimeLike): string {
  if (!time.date) return '';
  const [year, month, day] = time.date.split('-').map(Number);
  const at = new Date(Date.UTC(year, month - 1, day));
  const options: Intl.DateTimeFormatOptions =
    time.precision === 'YEAR' ? { year: 'numeric', timeZone: 'UTC' }
      : time.precision === 'MONTH' ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  const text = new Intl.DateTimeFormat('en-GB', options).format(at);
  return time.approximate ? `about ${text}` : text;
}

/** Whether a rendered time in the reader's zone adds anything to the source's own. */
export function differs(sourceText?: string | null, readerText?: string | null): boolean {
  return !!readerText && readerText !== sourceText;
}
