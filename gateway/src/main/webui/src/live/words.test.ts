import { changeInWords } from './words';

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

  it('says "You" for the reader\'s own changes', () => {
    expect(changeInWords({ kind: 'DELETED', recordType: 'STORY', state: 'DRAFT', user: 'ed' }, 'ed')).toBe('You deleted the story.');
  });
});
