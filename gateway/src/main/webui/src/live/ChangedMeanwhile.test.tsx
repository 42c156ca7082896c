import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Client } from 'urql';
import { makeSubject } from 'wonka';
import { vi } from 'vitest';
import { clientAnswering, renderAs } from '../test/render';
import { QuoteForm } from '../quotes/QuoteForm';
import { publishedQuote } from '../test/fixtures';
import type { StoryChange } from './follow';

function change(overrides: Partial<StoryChange>): StoryChange {
  return {
    __typename: 'StoryChange', id: 'q1', kind: 'UPDATED', recordType: 'QUOTE', version: 4, state: 'PUBLISHED',
    user: 'ed', at: new Date().toISOString(), cursor: 'c1', ...overrides,
  } as StoryChange;
}

/** A client whose storyChanges are pushed by the test, and whose quote query answers their version. */
function following() {
  const changes = makeSubject<{ data: { storyChanges: StoryChange } }>();
  const subscription = vi.fn(() => changes.source);
  const client = { subscription } as unknown as Client;
  return { client, subscription, push: (c: StoryChange) => act(() => changes.next({ data: { storyChanges: c } })) };
}

describe('an edit form while someone else changes its record', () => {
  it('says who changed it and when, before the user saves, and shows their version on request', async () => {
    const feed = following();
    const { client } = clientAnswering();
    const theirs = { ...publishedQuote, version: 4, text: 'We had a very constructive talk' };
    (client as unknown as { query: unknown }).query = vi.fn(() => ({ toPromise: async () => ({ data: { quote: theirs } }) }));
    renderAs('admin', <QuoteForm quote={publishedQuote} cursor="c0" onSaved={() => {}} onCancel={() => {}} />, client, feed.client, 'ada');

    // follows the quote's story from the cursor read with the quote
    expect(feed.subscription).toHaveBeenCalledWith(expect.anything(), { storyId: 's1', after: 'c0' });
    const marker = screen.getByRole('status', { name: 'Changed meanwhile' });
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'My own wording' } });

    feed.push(change({ user: 'ada', version: 4 }));             // the user's own change, from another tab
    feed.push(change({ id: 'q2', version: 9 }));               // another quote
    feed.push(change({ version: 3 }));                         // already in the form
    feed.push(change({ recordType: 'EVENT', version: 9 }));    // an event of the same id is another record
    expect(marker.textContent).toBe('');

    feed.push(change({ user: 'ed', version: 4 }));
    expect(marker.textContent).toContain('This quote was changed by ed a moment ago');
    // the form is left as the user typed it
    expect((screen.getByLabelText('Text') as HTMLTextAreaElement).value).toBe('My own wording');

    fireEvent.click(screen.getByRole('button', { name: 'See their version' }));
    const conflict = await screen.findByRole('alert');
    expect(conflict.textContent).toContain('Someone else changed this quote');
    expect(screen.getByTestId('theirs-Text').textContent).toBe('We had a very constructive talk');
    expect(screen.getByTestId('mine-Text').textContent).toBe('My own wording');
    // their version is on screen: the marker has nothing left to say
    await waitFor(() => expect(marker.textContent).toBe(''));
  });

  it('says a publication in words', () => {
    const feed = following();
    renderAs('editor', <QuoteForm quote={{ ...publishedQuote, state: 'IN_REVIEW' }} cursor="c0" onSaved={() => {}} onCancel={() => {}} />,
      clientAnswering().client, feed.client, 'ed');
    feed.push(change({ user: 'ada', kind: 'MOVED', state: 'PUBLISHED', at: new Date(Date.now() - 5 * 60_000).toISOString() }));
    expect(screen.getByRole('status', { name: 'Changed meanwhile' }).textContent)
      .toContain('This quote was published by ada 5 minutes ago');
  });

  it('follows nothing without a cursor (the conflict view on save still catches a change)', () => {
    const feed = following();
    renderAs('editor', <QuoteForm quote={publishedQuote} cursor={null} onSaved={() => {}} onCancel={() => {}} />,
      clientAnswering().client, feed.client, 'ed');
    expect(feed.subscription).not.toHaveBeenCalled();
  });
});
