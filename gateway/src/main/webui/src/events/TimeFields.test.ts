import { timeDraftOf, timeInputOf, emptyTime } from './TimeFields';

describe('the time a reporter types', () => {
  it('becomes the time the source gave: local time, zone, precision, approximate', () => {
    const input = timeInputOf({ ...emptyTime('America/Anchorage'), date: '2025-08-15', time: '11:30', approximate: true });
    expect(input).toEqual({
      date: '2025-08-15', time: '11:30:00', zone: 'America/Anchorage', precision: 'MINUTE', approximate: true,
      duration: null, endDate: null, endTime: null, offset: null,
    });
  });

  it('keeps no time of day for a day-precision event, whatever was typed', () => {
    const input = timeInputOf({ ...emptyTime('Europe/Moscow'), date: '2025-08-15', time: '11:30', precision: 'DAY' });
    expect(input.time).toBeNull();
    expect(input.date).toBe('2025-08-15');
  });

  it('turns "roughly two hours and 45 minutes" into an ISO duration and back', () => {
    const draft = { ...emptyTime('America/Anchorage'), date: '2025-08-15', time: '11:30', end: 'duration' as const, durationHours: '2', durationMinutes: '45' };
    const input = timeInputOf(draft);
    expect(input.duration).toBe('PT2H45M');
    expect(timeDraftOf({ ...input, approximate: false }, 'UTC')).toMatchObject({ end: 'duration', durationHours: '2', durationMinutes: '45', time: '11:30' });
  });

  it('sends an hour and a half typed as "1.5" hours as whole hours and minutes', () => {
    const draft = { ...emptyTime('America/Anchorage'), date: '2025-08-15', time: '11:30', end: 'duration' as const };
    expect(timeInputOf({ ...draft, durationHours: '1.5' }).duration).toBe('PT1H30M');
    expect(timeInputOf({ ...draft, durationMinutes: '90' }).duration).toBe('PT1H30M');
    expect(timeInputOf({ ...draft, durationHours: '0.25', durationMinutes: '5' }).duration).toBe('PT20M');
    expect(timeDraftOf({ ...timeInputOf({ ...draft, durationHours: '1.5' }), approximate: false }, 'UTC'))
      .toMatchObject({ durationHours: '1', durationMinutes: '30' });
  });
});
