import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import { vi } from 'vitest';
import { SessionContext } from '../auth/SessionContext';
import { includes, type Role, type Session } from '../auth/session';
import { FollowingClientContext } from '../live/follow';

export function sessionAs(role: Role | null, username = 'rita'): Session {
  return { username, role, may: (needed) => includes(role, needed), token: async () => 'token', refused: () => {}, logout: async () => {}, onEnd: () => () => {} };
}

/** A client whose mutations answer `answer` and whose queries never answer. */
export function clientAnswering(answer: unknown = { data: {} }) {
  const executeMutation = vi.fn(() => fromValue(answer));
  const client = { executeQuery: () => never, executeMutation, executeSubscription: () => never } as unknown as Client;
  return { client, executeMutation };
}

/** Renders as a user of a role; `following` is the client edit forms follow changes through (by default `client`). */
export function renderAs(role: Role | null, ui: React.ReactElement, client: Client = clientAnswering().client,
  following: Client = client, username?: string) {
  const session = sessionAs(role, username);
  const wrapper = ({ children }: { children: React.ReactNode }) => (
    <SessionContext.Provider value={session}>
      <Provider value={client}>
        <FollowingClientContext.Provider value={following}>
          <MemoryRouter>{children}</MemoryRouter>
        </FollowingClientContext.Provider>
      </Provider>
    </SessionContext.Provider>
  );
  return render(ui, { wrapper });
}
