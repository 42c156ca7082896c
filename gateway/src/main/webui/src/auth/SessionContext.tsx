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

/**
 * A screen only `role` may use (an editing form, the users), reached by its address: others are
 * told so at once, rather than typing into a form whose save the server would refuse.
 */
export function NeedsRole({ role, children }: { role: Role; children: React.ReactNode }) {
  return useSession().may(role) ? <>{children}</> : <p className="notice" role="status">This needs the {role} role.</p>;
}
