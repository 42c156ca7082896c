import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Client, Operation } from 'urql';
import { fromValue, never } from 'wonka';
import { vi } from 'vitest';
import { PastClientContext } from '../graphql/past';
import { History } from './History';

const PUTIN = '6f1c0a3e-0000-4000-8000-000000000002';
const GONE = '6f1c0a3e-0000-4000-8000-000000000009';

const talks = {
  title: 'The presidents meet', kind: 'MEETING', state: 'DRAFT', occurrence: 'OCCURRED', description: null, notes: null, retractionReason: null,
  time: { date: '2025-08-15', time: '11:30', zone: 'America/Anchorage', precision: 'MINUTE', approximate: true, duration: null, endDate: null, endTime: null },
  startsAt: { text: 'about 11:30 AKDT, 15 August 2025' },
  participants: [], relations: [], location: null,
};

/** The past's client, answering an event's history: created, then two participants added (one since deleted for good). */
function past() {
  const history = [
    { at: '2026-11-28T10:00:00Z', kind: 'CREATED', revision: 1, user: 'rita', snapshot: talks },
    { at: '2026-11-28T10:05:00Z', kind: 'UPDATED', revision: 2, user: 'ed', snapshot: { ...talks, participants: [
      { role: 'HOST', entityId: PUTIN, entity: { id: PUTIN, name: 'Vladimir Putin' } },
      { role: 'ABSENT', entityId: GONE, entity: null },
    ] } },
  ];
  const executeQuery = vi.fn((operation: Operation) => fromValue({ operation, data: { event: { __typename: 'Event', id: 'e1', history } }, stale: false, hasNext: false }));
  return { client: { executeQuery, executeMutation: () => never, executeSubscription: () => never } as unknown as Client, executeQuery };
}

describe("an event's history", () => {
  it('reads as a newsroom says it: labels, times in words, participants by name and role', () => {
    const { client, executeQuery } = past();
    render(<PastClientContext.Provider value={client}><History record="event" id="e1" /></PastClientContext.Provider>);
    fireEvent.click(screen.getByRole('button', { name: 'Show the history' }));
    // one query: the names come with the snapshots (the gateway looks them up in one batch)
    expect(executeQuery).toHaveBeenCalledTimes(1);
    const [newest, first] = screen.getAllByRole('row').slice(1);
    expect(within(newest).getByText('Participants')).toBeTruthy();
    expect(newest.textContent).toContain('Vladimir Putin (host), (unknown record) (absent)');
    expect(newest.textContent).not.toContain(PUTIN);
    expect(first.textContent).toMatch(/When:\s+about 11:30 AKDT, 15 August 2025 \(to the minute, America\/Anchorage\)/);
    expect(first.textContent).toMatch(/Title:\s+The presidents meet/);
    expect(first.textContent).not.toContain('{');
  });
});
