let known: string[] | undefined;

/** Every IANA zone the browser knows, for the pickers (asked once). */
export function allZones(): string[] {
  if (!known) {
    const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
    const zones = intl.supportedValuesOf?.('timeZone') ?? [];
    known = zones.includes('UTC') ? zones : [...zones, 'UTC'];
  }
  return known;
}

/** The reader's own zone, as the browser reports it. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** How far `zone`'s clocks are ahead of UTC at `instant` (milliseconds; whole seconds). */
function offsetAt(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time (a datetime-local input's "2025-08-15T11:00") names in `zone`, as
 * ISO text; null if the text is not such a time. A time the zone skipped when its clocks went
 * forward is read with the offset it had before.
 */
export function instantIn(local: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return null;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  const first = wall - offsetAt(wall, zone);
  const instant = wall - offsetAt(first, zone);
  return new Date(instant).toISOString();
}
