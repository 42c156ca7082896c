import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import { vi } from 'vitest';
import { SessionContext } from '../auth/SessionContext';
import { includes, type Role, type Session } from '../auth/session';

export function sessionAs(role: Role | null, username = 'rita'): Session {
  return { username, role, may: (needed) => includes(role, needed), token: async () => 'token', logout: async () => {} };
}

/** A client whose mutations answer `answer` and whose queries never answer. */
export function clientAnswering(answer: unknown = { data: {} }) {
  const executeMutation = vi.fn(() => fromValue(answer));
  const client = { executeQuery: () => never, executeMutation, executeSubscription: () => never } as unknown as Client;
  return { client, executeMutation };
}

export function renderAs(role: Role | null, ui: React.ReactElement, client: Client = clientAnswering().client) {
  const session = sessionAs(role);
  const wrapper = ({ children }: { children: React.ReactNode }) => (
    <SessionContext.Provider value={session}>
      <Provider value={client}>
        <MemoryRouter>{children}</MemoryRouter>
      </Provider>
    </SessionContext.Provider>
  );
  return render(ui, { wrapper });
}
