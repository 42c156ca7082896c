import { changedFields, namesIn } from './changes';

const TRUMP = '6f1c0a3e-0000-4000-8000-000000000001';
const PUTIN = '6f1c0a3e-0000-4000-8000-000000000002';
const GONE = '6f1c0a3e-0000-4000-8000-000000000009';
const ELMENDORF = '6f1c0a3e-0000-4000-8000-000000000003';
const names = { [TRUMP]: 'Donald Trump', [PUTIN]: 'Vladimir Putin', [ELMENDORF]: 'Joint Base Elmendorf-Richardson' };

describe('what a change did', () => {
  it('names the fields that differ from the revision before, by the labels the forms give them', () => {
    const before = { __typename: 'Quote', text: 'a constructive atmosphere', state: 'DRAFT', version: 1 };
    const after = { __typename: 'Quote', text: 'a constructive atmosphere', state: 'IN_REVIEW', version: 2 };
    expect(changedFields('quote', before, after)).toEqual([{ field: 'State', before: 'draft', after: 'in review' }]);
    expect(changedFields('event', { description: 'Talks.' }, { description: 'Talks begin.' })[0].field).toBe('What happened');
  });

  it('lists every field that has a value for the first revision, in the form’s order', () => {
    expect(changedFields('event', null, { state: 'DRAFT', title: 'Talks', description: null }).map((c) => c.field))
      .toEqual(['Title', 'State']);
  });

  it('shows a time as the timeline does: the words the gateway rendered, how precise, the place’s zone', () => {
    const time = { date: '2025-08-15', time: '11:30', zone: 'America/Anchorage', precision: 'MINUTE', approximate: true };
    const [change] = changedFields('event',
      { time, startsAt: { text: 'about 11:30 AKDT, 15 August 2025' } },
      { time: { ...time, time: '11:20' }, startsAt: { text: 'about 11:20 AKDT, 15 August 2025' } });
    expect(change).toEqual({
      field: 'When',
      before: 'about 11:30 AKDT, 15 August 2025 (to the minute, America/Anchorage)',
      after: 'about 11:20 AKDT, 15 August 2025 (to the minute, America/Anchorage)',
    });
    // a date is a date, in words, in every zone
    const day = { date: '2025-08-15', time: null, zone: 'America/Anchorage', precision: 'DAY', approximate: false };
    expect(changedFields('event', null, { time: day })[0].after).toBe('15 August 2025 (date only)');
  });

  it('shows participants as "name (role)", and an id nobody answers to as an unknown record', () => {
    const before = { participants: [{ role: 'HOST', entityId: TRUMP }] };
    const after = { participants: [{ role: 'HOST', entityId: TRUMP }, { role: 'PARTICIPANT', entityId: PUTIN }, { role: 'ABSENT', entityId: GONE }] };
    expect(changedFields('event', before, after, names)).toEqual([{
      field: 'Participants',
      before: 'Donald Trump (host)',
      after: 'Donald Trump (host), Vladimir Putin (participant), (unknown record) (absent)',
    }]);
  });

  it('shows a speaker, a place, a related event and a survivor by name', () => {
    expect(changedFields('quote', { speakerId: null }, { speakerId: PUTIN }, names))
      .toEqual([{ field: 'Speaker', before: '', after: 'Vladimir Putin' }]);
    expect(changedFields('event', null, { location: { label: 'on the tarmac', placeId: ELMENDORF } }, names)[0])
      .toEqual({ field: 'Where', before: '', after: 'Joint Base Elmendorf-Richardson, on the tarmac' });
    expect(changedFields('event', null, { relations: [{ type: 'FOLLOWS', eventId: 'e0' }] }, { e0: 'Trump lands' })[0].after)
      .toBe('follows “Trump lands”');
    expect(changedFields('entity', { mergedInto: null }, { mergedInto: GONE }, names)[0])
      .toEqual({ field: 'Merged into', before: '', after: '(unknown record)' });
  });

  it('shows a verdict as "verified by X: note"', () => {
    const [change] = changedFields('quote',
      { verification: { state: 'UNVERIFIED', note: null, by: null } },
      { verification: { state: 'VERIFIED', note: 'Matches the pool video.', by: 'ed' } });
    expect(change).toEqual({ field: 'Verification', before: 'unverified', after: 'verified by ed: Matches the pool video.' });
  });

  it('compares nested values by what they show, and leaves out what was only looked up with them', () => {
    const time = { date: '2025-08-15', zone: 'America/Anchorage', precision: 'DAY', approximate: false };
    expect(changedFields('event', { time, startsAt: { text: '15 August 2025' } }, { time: { ...time } })).toEqual([]);
    expect(changedFields('quote', { speakerId: PUTIN, speaker: { id: PUTIN, name: 'Putin' } },
      { speakerId: PUTIN, speaker: { id: PUTIN, name: 'Vladimir Putin' } }, names)).toEqual([]);
  });

  it('names a field no form shows in words, not as a key', () => {
    expect(changedFields('entity', null, { originalLanguage: 'ru' })).toEqual([{ field: 'Original language', before: '', after: 'ru' }]);
  });
});

describe('the names a history looked up', () => {
  it('are every record below a snapshot with an id and a name or title, also by the id the snapshot holds', () => {
    const snapshot = {
      title: 'The presidents meet',
      participants: [{ role: 'HOST', entityId: TRUMP, entity: { id: TRUMP, name: 'Donald Trump' } },
        { role: 'PARTICIPANT', entityId: GONE, entity: null }],
      relations: [{ type: 'FOLLOWS', eventId: 'e0', event: { id: 'e0', title: 'Trump lands' } }],
      // a merged speaker answers with the survivor
      speakerId: 'dup', speaker: { id: PUTIN, name: 'Vladimir Putin' },
    };
    expect(namesIn([null, snapshot])).toEqual({ [TRUMP]: 'Donald Trump', e0: 'Trump lands', [PUTIN]: 'Vladimir Putin', dup: 'Vladimir Putin' });
  });
});
