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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/**
 * A time without a time of day (DAY, MONTH or YEAR precision) in words, as en-GB writes it. It is
 * a date, never an instant: it reads the same in every zone (never converted through UTC, where 15
 * August would become 14 August for a reader west of Greenwich). Written out by hand, not with
 * Intl: its first use in a page costs 40–90 ms (the browser's ICU data), on the first page's path.
 */
export function dateInWords(time: SourceTimeLike): string {
  if (!time.date) return '';
  const [year, month, day] = time.date.split('-').map(Number);
  const text = time.precision === 'YEAR' ? `${year}`
    : time.precision === 'MONTH' ? `${MONTHS[month - 1]} ${year}`
      : `${day} ${MONTHS[month - 1]} ${year}`;
  return time.approximate ? `about ${text}` : text;
}

/** Whether a rendered time in the reader's zone adds anything to the source's own. */
export function differs(sourceText?: string | null, readerText?: string | null): boolean {
  return !!readerText && readerText !== sourceText;
}

/**
 * The zone most of a story's events are in (the later one on a tie): where a new event most likely
 * happened too. '' when none has a zone.
 */
export function usualZoneOf(times: readonly ({ zone?: string | null } | null | undefined)[]): string {
  const counts = new Map<string, number>();
  let usual = '';
  for (const time of times) {
    const zone = time?.zone;
    if (!zone) continue;
    const count = (counts.get(zone) ?? 0) + 1;
    counts.set(zone, count);
    if (count >= (counts.get(usual) ?? 0)) usual = zone;
  }
  return usual;
}
