import { changesOf, forgetEdits, keepEdit, keptEdit } from './kept';

beforeEach(() => sessionStorage.clear());

describe('changes kept in the tab', () => {
  it('are the fields that differ from the version the edit is based on, with the values they replaced', () => {
    const basedOn = { title: 'The presidents meet', time: { date: '2025-08-15', time: '11:30' }, notes: '' };
    const draft = { ...basedOn, time: { date: '2025-08-15', time: '11:20' }, notes: 'Check the pool report.' };
    expect(changesOf(draft, basedOn)).toEqual({
      changed: { time: { date: '2025-08-15', time: '11:20' }, notes: 'Check the pool report.' },
      before: { time: { date: '2025-08-15', time: '11:30' }, notes: '' },
    });
  });

  it('are kept under the record and its version, one edit per record, and forgotten whole', () => {
    keepEdit(sessionStorage, { record: 'quote', id: 'q1', version: 3, changed: { text: 'a' }, before: { text: 'b' } });
    keepEdit(sessionStorage, { record: 'quote', id: 'q1', version: 4, changed: { text: 'c' }, before: { text: 'd' } });
    keepEdit(sessionStorage, { record: 'quote', id: 'q2', version: 1, changed: { text: 'e' }, before: { text: 'f' } });
    expect(Object.keys(sessionStorage).sort()).toEqual(['newsgraph.unsaved.quote.q1.4', 'newsgraph.unsaved.quote.q2.1']);
    expect(keptEdit(sessionStorage, 'quote', 'q1')?.changed).toEqual({ text: 'c' });
    forgetEdits(sessionStorage, 'quote', 'q1');
    expect(keptEdit(sessionStorage, 'quote', 'q1')).toBeNull();
    expect(keptEdit(sessionStorage, 'quote', 'q2')?.version).toBe(1);
  });

  it('are nothing when nothing was changed', () => {
    keepEdit(sessionStorage, { record: 'event', id: 'e1', version: 2, changed: {}, before: {} });
    expect(sessionStorage.length).toBe(0);
  });

  it('ignore what this app did not write', () => {
    sessionStorage.setItem('newsgraph.unsaved.event.e1.2', '{not json');
    expect(keptEdit(sessionStorage, 'event', 'e1')).toBeNull();
  });
});
