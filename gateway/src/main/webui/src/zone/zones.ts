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
