import { screen } from '@testing-library/react';
import type { QuoteCardFragment } from '../gql/graphql';
import { renderAs } from '../test/render';
import { QuoteCard } from './QuoteCard';

const said = {
  id: 'q1', text: 'لن نقبل بهذا الاتفاق', kind: 'DIRECT', state: 'PUBLISHED', version: 0, language: 'ar',
  speaker: { __typename: 'Person', id: 'p1', name: 'A spokesman' }, verification: { state: 'VERIFIED' },
} as unknown as QuoteCardFragment;

describe('a quote in a list', () => {
  it('is marked with its language and reads in its own direction (Arabic right to left)', () => {
    renderAs('viewer', <QuoteCard quote={said} />);
    const text = screen.getByText('“لن نقبل بهذا الاتفاق”').closest('blockquote');
    expect(text?.getAttribute('lang')).toBe('ar');
    expect(text?.getAttribute('dir')).toBe('auto');
  });
});
