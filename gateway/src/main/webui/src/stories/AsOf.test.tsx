import { fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client, type GraphQLRequest } from 'urql';
import { never } from 'wonka';
import { vi } from 'vitest';
import { PastClientContext } from '../graphql/past';
import { ReaderZoneProvider } from '../zone/ReaderZone';
import { AsOf } from './AsOf';

function recordingClient() {
  const executeQuery = vi.fn((_request: GraphQLRequest) => never);
  return { client: { executeQuery, executeMutation: () => never, executeSubscription: () => never } as unknown as Client, executeQuery };
}

describe('the story as it was', () => {
  afterEach(() => window.localStorage.removeItem('newsgraph.readerZone'));

  it("reads the moment picked on the clock of the reader's zone, not the browser's", () => {
    window.localStorage.setItem('newsgraph.readerZone', 'America/Anchorage');
    const { client, executeQuery } = recordingClient();
    render(
      <Provider value={client}>
        <PastClientContext.Provider value={client}>
          <ReaderZoneProvider><AsOf storyId="s1" /></ReaderZoneProvider>
        </PastClientContext.Provider>
      </Provider>,
    );
    fireEvent.change(screen.getByLabelText('At (America/Anchorage time)'), { target: { value: '2025-08-15T11:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));

    const asked = executeQuery.mock.calls.map(([request]) => request.variables);
    expect(asked).toContainEqual({ id: 's1', at: '2025-08-15T19:00:00.000Z', zone: 'America/Anchorage' });
  });
});
