import { fireEvent, screen, within } from '@testing-library/react';
import type { Client } from 'urql';
import { never } from 'wonka';
import { vi } from 'vitest';
import { renderAs } from '../test/render';
import { oneOnOne } from '../test/fixtures';
import { Timeline } from './Timeline';

function client() {
  const executeQuery = vi.fn(() => never);
  return { client: { executeQuery, executeMutation: () => never, executeSubscription: () => never } as unknown as Client, executeQuery };
}

const firstPage = { edges: [{ node: oneOnOne }], pageInfo: { hasNextPage: true, endCursor: 'c1' } };

describe("a story's timeline", () => {
  it('shows the first page read with the story without asking again, and asks for the next one', () => {
    const { client: answering, executeQuery } = client();
    renderAs('viewer', <Timeline storyId="s1" firstPage={firstPage} />, answering);
    expect(screen.getByText('Talks in a three-on-three format')).toBeTruthy();
    expect(executeQuery).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Load more events' }));
    expect(executeQuery).toHaveBeenCalledWith(
      expect.objectContaining({ variables: expect.objectContaining({ storyId: 's1', after: 'c1' }) }), expect.anything());
  });

  it('asks for itself once filtered, and without a first page', () => {
    const filtered = client();
    renderAs('viewer', <Timeline storyId="s1" firstPage={firstPage} />, filtered.client);
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'TALKS' } });
    expect(filtered.executeQuery).toHaveBeenCalledWith(
      expect.objectContaining({ variables: expect.objectContaining({ kinds: ['TALKS'], after: null }) }), expect.anything());

    const alone = client();
    renderAs('viewer', <Timeline storyId="s2" />, alone.client);
    expect(alone.executeQuery).toHaveBeenCalledWith(
      expect.objectContaining({ variables: expect.objectContaining({ storyId: 's2' }) }), expect.anything());
  });
});

describe("a story's timeline, filtered or empty", () => {
  it('says whose events it shows once a participant is clicked, beside the filters, and how to see all again', () => {
    const { client: answering } = client();
    renderAs('viewer', <Timeline storyId="s1" firstPage={firstPage} />, answering);
    fireEvent.click(screen.getByRole('button', { name: 'Vladimir Putin' }));
    const filters = screen.getByRole('form', { name: 'Filter the timeline' });
    expect(within(filters).getByText('Vladimir Putin').closest('p')?.textContent).toContain('Only the events of Vladimir Putin');
    fireEvent.click(within(filters).getByRole('button', { name: "Show every participant's events" }));
    expect(within(filters).queryByText(/Only the events of/)).toBeNull();
  });

  it('says a story has no events yet, rather than that none match', () => {
    const { client: answering } = client();
    renderAs('reporter', <Timeline storyId="s1" firstPage={{ edges: [], pageInfo: { hasNextPage: false, endCursor: null } }} />, answering);
    expect(screen.getByText('No events in this story yet.')).toBeTruthy();
    expect(screen.queryByText(/match/)).toBeNull();
  });
});
