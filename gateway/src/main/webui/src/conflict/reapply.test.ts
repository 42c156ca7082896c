import { reapplied } from './reapply';

describe('reapplying my changes on the version saved meanwhile', () => {
  it('puts only the fields I changed on theirs, and keeps their edits of the others', () => {
    const basedOn = { title: 'The presidents meet', description: '', notes: '' };
    const mine = { title: 'The presidents meet', description: 'On the tarmac', notes: 'check the time' };
    const theirs = { title: 'Putin and Trump meet at Elmendorf', description: '', notes: '' };
    expect(reapplied(mine, basedOn, theirs)).toEqual({ title: 'Putin and Trump meet at Elmendorf', description: 'On the tarmac', notes: 'check the time' });
  });

  it('compares a field whole: a time or a list I changed is mine', () => {
    const basedOn = { time: { date: '2025-08-15', time: '11:30' }, sources: ['Reuters'] };
    const mine = { time: { date: '2025-08-15', time: '11:45' }, sources: ['Reuters'] };
    const theirs = { time: { date: '2025-08-15', time: '11:30' }, sources: ['Reuters', 'AP'] };
    expect(reapplied(mine, basedOn, theirs)).toEqual({ time: { date: '2025-08-15', time: '11:45' }, sources: ['Reuters', 'AP'] });
  });
});
