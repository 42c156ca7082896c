import { dateInWords, differs, usualZoneOf } from './time';

describe('a time without a time of day', () => {
  it('keeps the date the source gave, whatever zone the reader is in', () => {
    expect(dateInWords({ date: '2025-08-15', precision: 'DAY', approximate: false })).toBe('15 August 2025');
  });

  it('says "about" when the source was approximate, and only what the precision allows', () => {
    expect(dateInWords({ date: '2025-08-01', precision: 'MONTH', approximate: true })).toBe('about August 2025');
    expect(dateInWords({ date: '2025-01-01', precision: 'YEAR', approximate: false })).toBe('2025');
  });
});

describe('the reader zone line', () => {
  it('is shown only when it says something else than the source', () => {
    expect(differs('about 11:30 AKDT, 15 August 2025', 'about 20:30 BST, 15 August 2025')).toBe(true);
    expect(differs('about 11:30 AKDT, 15 August 2025', 'about 11:30 AKDT, 15 August 2025')).toBe(false);
    expect(differs('x', null)).toBe(false);
  });
});

describe("a story's usual zone", () => {
  it('is the zone most of its events are in, the later one on a tie, and none without zones', () => {
    expect(usualZoneOf([{ zone: 'Europe/Kyiv' }, { zone: 'America/Anchorage' }, null, { zone: 'America/Anchorage' }, { zone: 'America/New_York' }]))
      .toBe('America/Anchorage');
    expect(usualZoneOf([{ zone: 'Europe/Kyiv' }, { zone: 'America/Anchorage' }])).toBe('America/Anchorage');
    expect(usualZoneOf([undefined, { zone: null }])).toBe('');
  });
});
