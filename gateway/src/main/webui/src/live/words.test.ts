import { agoInWords, changeInWords, howChanged } from './words';

describe('a change of a story in words', () => {
  it('names who did what to which kind of record', () => {
    expect(changeInWords({ kind: 'CREATED', recordType: 'EVENT', state: 'DRAFT', user: 'rita' }, 'ed')).toBe('rita added an event.');
    expect(changeInWords({ kind: 'UPDATED', recordType: 'QUOTE', state: 'PUBLISHED', user: 'ada' }, 'ed')).toBe('ada changed a quote.');
    expect(changeInWords({ kind: 'VERIFIED', recordType: 'QUOTE', state: 'PUBLISHED', user: 'ada' }, 'ed')).toBe('ada set the verification of a quote.');
  });

  it('says a move of the workflow by where the record went', () => {
    expect(changeInWords({ kind: 'MOVED', recordType: 'EVENT', state: 'PUBLISHED', user: 'ed' }, 'rita')).toBe('ed published an event.');
    expect(changeInWords({ kind: 'MOVED', recordType: 'QUOTE', state: 'IN_REVIEW', user: 'rita' }, 'ed')).toBe('rita submitted a quote for review.');
  });

  it('says a publication to a reader who sees it as a new record (a viewer never saw the draft)', () => {
    expect(changeInWords({ kind: 'CREATED', recordType: 'EVENT', state: 'PUBLISHED', user: 'ed' }, 'vera')).toBe('ed published an event.');
  });

  it('says "You" for the reader\'s own changes', () => {
    expect(changeInWords({ kind: 'DELETED', recordType: 'STORY', state: 'DRAFT', user: 'ed' }, 'ed')).toBe('You deleted the story.');
  });
});

describe('how long ago, in words', () => {
  const now = Date.parse('2025-08-15T20:00:00Z');
  it('says a moment, minutes and hours', () => {
    expect(agoInWords('2025-08-15T19:59:30Z', now)).toBe('a moment ago');
    expect(agoInWords('2025-08-15T19:59:00Z', now)).toBe('a minute ago');
    expect(agoInWords('2025-08-15T19:48:00Z', now)).toBe('12 minutes ago');
    expect(agoInWords('2025-08-15T17:30:00Z', now)).toBe('2 hours ago');
    expect(agoInWords('2025-08-15T20:00:05Z', now)).toBe('a moment ago'); // a clock a little ahead
  });
});

describe('what was done to a record, after "This quote was"', () => {
  it('names the move by where the record went', () => {
    expect(howChanged({ kind: 'UPDATED', state: 'DRAFT' })).toBe('changed');
    expect(howChanged({ kind: 'MOVED', state: 'IN_REVIEW' })).toBe('submitted for review');
    expect(howChanged({ kind: 'MOVED', state: 'DRAFT' })).toBe('returned to draft');
    expect(howChanged({ kind: 'VERIFIED', state: 'PUBLISHED' })).toBe('given a verdict');
  });
});
