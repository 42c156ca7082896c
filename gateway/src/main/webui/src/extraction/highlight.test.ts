import { highlight } from './highlight';

describe('candidates in the pasted article', () => {
  const text = 'Putin said "next time in Moscow" and Trump said "we made progress".';

  it('are cut out where they stand, numbered', () => {
    const parts = highlight(text, [{ start: 12, end: 31, label: 1 }, { start: 49, end: 65, label: 2 }]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.label).map((p) => [p.label, p.text])).toEqual([[1, 'next time in Moscow'], [2, 'we made progress']]);
  });

  it('ignore overlapping and out-of-range spans rather than garble the text', () => {
    const parts = highlight(text, [{ start: 12, end: 31, label: 1 }, { start: 20, end: 40, label: 2 }, { start: 60, end: 500, label: 3 }]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.label).map((p) => p.label)).toEqual([1]);
  });
});
