import { fireEvent, screen } from '@testing-library/react';
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
