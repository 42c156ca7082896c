import { changedFields } from './changes';

describe('what a change did', () => {
  it('names the fields that differ from the revision before, with both values', () => {
    const before = { __typename: 'Quote', text: 'a constructive atmosphere', state: 'DRAFT', version: 1 };
    const after = { __typename: 'Quote', text: 'a constructive atmosphere', state: 'IN_REVIEW', version: 2 };
    expect(changedFields(before, after)).toEqual([{ field: 'state', before: 'DRAFT', after: 'IN_REVIEW' }]);
  });

  it('lists every field that has a value for the first revision', () => {
    expect(changedFields(null, { title: 'Talks', description: null }).map((c) => c.field)).toEqual(['title']);
  });

  it('compares nested values by content', () => {
    const time = { date: '2025-08-15', zone: 'America/Anchorage' };
    expect(changedFields({ time }, { time: { ...time } })).toEqual([]);
    expect(changedFields({ time }, { time: { ...time, zone: 'UTC' } })[0].field).toBe('time');
  });
});
