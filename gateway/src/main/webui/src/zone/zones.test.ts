import { instantIn } from './zones';

describe('a time picked on a clock of a zone', () => {
  it.each([
    ['2025-08-15T11:00', 'America/Anchorage', '2025-08-15T19:00:00.000Z'],
    ['2025-08-15T11:00', 'Europe/Moscow', '2025-08-15T08:00:00.000Z'],
    ['2025-08-15T11:00', 'UTC', '2025-08-15T11:00:00.000Z'],
    ['2025-01-15T11:00', 'Europe/London', '2025-01-15T11:00:00.000Z'],
    ['2025-07-15T11:00', 'Europe/London', '2025-07-15T10:00:00.000Z'],
    ['2025-08-16T00:30', 'Asia/Kolkata', '2025-08-15T19:00:00.000Z'],
  ])('%s in %s is %s', (local, zone, instant) => {
    expect(instantIn(local, zone)).toBe(instant);
  });

  it('reads a time the clocks skipped with the offset before the change', () => {
    // London went from 01:00 GMT to 02:00 BST on 30 March 2025: 01:30 was never on its clocks
    expect(instantIn('2025-03-30T01:30', 'Europe/London')).toBe('2025-03-30T01:30:00.000Z');
  });

  it('is null for what is not a time', () => {
    expect(instantIn('', 'UTC')).toBeNull();
    expect(instantIn('yesterday', 'UTC')).toBeNull();
  });
});
