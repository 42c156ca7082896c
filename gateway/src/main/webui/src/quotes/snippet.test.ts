import { snippetParts } from './snippet';

describe('a search snippet', () => {
  it('marks the matched words', () => {
    expect(snippetParts('a <mark>constructive</mark> atmosphere')).toEqual([
      { text: 'a ', marked: false },
      { text: 'constructive', marked: true },
      { text: ' atmosphere', marked: false },
    ]);
  });

  it('shows escaped markup in a quote as the words it was, never as markup', () => {
    expect(snippetParts('&lt;b&gt;Next time&lt;/b&gt; in <mark>Moscow</mark> &amp; &quot;soon&quot;')).toEqual([
      { text: '<b>Next time</b> in ', marked: false },
      { text: 'Moscow', marked: true },
      { text: ' & "soon"', marked: false },
    ]);
  });
});
