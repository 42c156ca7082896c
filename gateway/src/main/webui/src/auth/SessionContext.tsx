import { createContext, useContext } from 'react';
import type { Role, Session } from './session';

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside of a signed-in app');
  return session;
}

/** Shows its children only to users who have `role`: the UI hides what a role may not do. */
export function IfRole({ role, children }: { role: Role; children: React.ReactNode }) {
  return useSession().may(role) ? <>{children}</> : null;
}
