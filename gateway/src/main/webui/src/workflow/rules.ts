import type { Session } from '../auth/session';

/**
 * Whether the edit controls are shown: reporters edit drafts and records in review, editors
 * anything. The services decide in the end; this only hides what would be refused.
 */
export function mayEdit(session: Pick<Session, 'may'>, state?: string | null): boolean {
  if (session.may('editor')) return true;
  return session.may('reporter') && (state === 'DRAFT' || state === 'IN_REVIEW');
}
