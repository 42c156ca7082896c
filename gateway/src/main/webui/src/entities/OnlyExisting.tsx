import { createContext } from 'react';

/** Whether a picker may add the name typed as a new record (see {@link OnlyExisting}). */
export const AddsNew = createContext(true);

/**
 * Pickers below it only find records: a search filter or the duplicate to merge names no new
 * record. Elsewhere a picker chooses what a record names (a speaker, a participant, a place), and
 * a reporter who finds nobody may add them there. (A module of its own: the app's routes use it,
 * and the picker's script stays with the screens that show one.)
 */
export function OnlyExisting({ children }: { children: React.ReactNode }) {
  return <AddsNew.Provider value={false}>{children}</AddsNew.Provider>;
}
