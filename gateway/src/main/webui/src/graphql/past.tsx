import { createContext, useContext } from 'react';
import { Provider, type Client } from 'urql';

export const PastClientContext = createContext<Client | null>(null);

/** Queries below this read the past (history, as-of) through a client of their own. */
export function ThePast({ children }: { children: React.ReactNode }) {
  const client = useContext(PastClientContext);
  if (!client) throw new Error('ThePast outside of the app');
  return <Provider value={client}>{children}</Provider>;
}
