import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useBeforeUnload, useBlocker, type BlockerFunction } from 'react-router';
import { useSession } from '../auth/SessionContext';
import { Dialog } from '../ui/Dialog';
import { changed, type useEditBase } from '../conflict/reapply';
import { changesOf, forgetEdits, keepEdit, keptEdit, type KeptEdit } from './kept';

/** A form on screen, as the app asks it whether it holds changes not saved. */
interface OpenForm {
  /** What it edits, in words: "the event “Talks begin”". */
  what(): string;
  unsaved(): boolean;
  /** Keeps its unsaved changes in the tab (the session is ending). */
  keep(): void;
}

interface Registry {
  add(form: OpenForm): () => void;
  /** Signs out, having asked first when a form holds changes not saved. */
  signOut(): void;
}

const UnsavedContext = createContext<Registry | null>(null);

/**
 * Typed text is never lost without asking: while a form holds changes not saved, leaving it inside
 * the app (a link, the browser's back) and signing out ask first, and closing or reloading the tab
 * gets the browser's own question. When the session ends under a form, its changes are kept in the
 * tab for after the sign-in. Forms take part through {@link useUnsavedChanges}.
 */
export function UnsavedChangesProvider({ children }: { children: React.ReactNode }) {
  const session = useSession();
  const forms = useRef(new Set<OpenForm>());
  // the page is leaving on purpose (signing out, or in again): the browser is not to ask as well
  const leaving = useRef(false);
  const [signingOut, setSigningOut] = useState<OpenForm[] | null>(null);

  const shouldBlock = useCallback<BlockerFunction>(({ currentLocation, nextLocation }) =>
    !leaving.current && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search)
    && unsavedOf(forms.current).length > 0, []);
  const blocker = useBlocker(shouldBlock);

  useBeforeUnload(useCallback((event: BeforeUnloadEvent) => {
    if (leaving.current || unsavedOf(forms.current).length === 0) return;
    event.preventDefault();
    event.returnValue = ''; // what older browsers need to ask
  }, []));

  useEffect(() => session.onEnd(() => {
    for (const form of unsavedOf(forms.current)) form.keep();
    leaving.current = true;
  }), [session]);

  const signOutNow = useCallback(() => {
    leaving.current = true;
    void session.logout().finally(() => { leaving.current = false; });
  }, [session]);
  // one registry for the provider's life: the forms register once, not at each of its renders
  const registry = useMemo<Registry>(() => ({
    add: (form) => {
      forms.current.add(form);
      return () => { forms.current.delete(form); };
    },
    signOut: () => {
      const open = unsavedOf(forms.current);
      if (open.length > 0) setSigningOut(open);
      else signOutNow();
    },
  }), [signOutNow]);

  const blocked = blocker.state === 'blocked' ? unsavedOf(forms.current) : null;
  useEffect(() => {
    // the form was saved or closed while the question was being put: nothing is lost by going on
    if (blocked?.length === 0) blocker.proceed?.();
  });
  return (
    <UnsavedContext.Provider value={registry}>
      {children}
      <Dialog title="Leave without saving?" open={!!blocked && blocked.length > 0} onClose={() => blocker.reset?.()}>
        <p>Your changes to {whatOf(blocked)} are not saved. If you leave this page, they are lost.</p>
        <div className="actions">
          <button type="button" onClick={() => blocker.reset?.()}>Stay and keep editing</button>
          <button type="button" className="secondary" onClick={() => blocker.proceed?.()}>Leave without saving</button>
        </div>
      </Dialog>
      <Dialog title="Sign out without saving?" open={!!signingOut} onClose={() => setSigningOut(null)}>
        <p>Your changes to {whatOf(signingOut)} are not saved. If you sign out, they are lost.</p>
        <div className="actions">
          <button type="button" onClick={() => setSigningOut(null)}>Stay and keep editing</button>
          <button type="button" className="secondary" onClick={() => { setSigningOut(null); signOutNow(); }}>Sign out without saving</button>
        </div>
      </Dialog>
    </UnsavedContext.Provider>
  );
}

/** The forms on screen that hold changes not saved. */
function unsavedOf(forms: Set<OpenForm>): OpenForm[] {
  return [...forms].filter((form) => form.unsaved());
}

function whatOf(forms: OpenForm[] | null): string {
  const what = (forms ?? []).map((form) => form.what());
  return what.length <= 1 ? what[0] ?? 'this page' : `${what.slice(0, -1).join(', ')} and ${what[what.length - 1]}`;
}

/** Signs out, having asked first when a form holds changes not saved. */
export function useSignOut(): () => void {
  const registry = useContext(UnsavedContext);
  const session = useSession();
  return registry ? registry.signOut : () => void session.logout();
}

interface Unsaved {
  /** What the form edits, in words: "the event “Talks begin”", "the new quote". */
  what: string;
  /** Whether it holds changes not saved. */
  unsaved: boolean;
  /** Keeps them in the tab, when the session ends (forms that cannot keep theirs only ask). */
  keep?(): void;
}

/**
 * A form's part in {@link UnsavedChangesProvider}. Returns what to call once its changes are saved
 * or discarded (the form is closing): it no longer asks, even before its last render.
 */
export function useUnsavedChanges({ what, unsaved, keep }: Unsaved) {
  const registry = useContext(UnsavedContext);
  const now = useRef({ what, unsaved, keep, settled: false });
  now.current = { what, unsaved, keep, settled: now.current.settled };
  useEffect(() => registry?.add({
    what: () => now.current.what,
    unsaved: () => now.current.unsaved && !now.current.settled,
    keep: () => now.current.keep?.(),
  }), [registry]);
  return useCallback(() => { now.current.settled = true; }, []);
}

type EditBase<D extends object> = ReturnType<typeof useEditBase<D>>;

/**
 * An editor's unsaved changes (an edit of useEditBase: what differs from the version it is based
 * on), kept in the tab under the record and that version when the session ends, and offered back
 * when the editor opens again: put back on the version open then, as a reapply ({@link useEditBase}'s
 * `restore`), or discarded. Kept changes are forgotten once saved or discarded.
 */
export function useUnsavedEdit<D extends object>(edit: EditBase<D>, record: string, id: string, what: string) {
  const storage = sessionStorage;
  const [kept, setKept] = useState(() => keptEdit<D>(storage, record, id));
  const forget = () => {
    forgetEdits(storage, record, id);
    setKept(null);
  };
  const settle = useUnsavedChanges({
    what,
    unsaved: changed(edit.draft, edit.basedOn),
    keep: () => keepEdit(storage, { record, id, version: edit.version, ...changesOf(edit.draft, edit.basedOn) }),
  });
  const done = () => {
    settle();
    forget();
  };
  return {
    /** Changes kept when the session ended during an edit of this record, not put back yet. */
    kept,
    restore: () => {
      if (kept) edit.restore(kept.changed, kept.before);
      // in the form now: kept again if the session ends again before they are saved
      forget();
    },
    discardKept: forget,
    /** The changes are saved: nothing to ask or keep any more. */
    saved: done,
    /** The user dropped them (Cancel). */
    discarded: done,
  };
}

/** Whether changes are kept in this tab for a record (its page opens its editor to offer them). */
export function hasKeptEdit(record: string, id: string): boolean {
  return keptEdit(sessionStorage, record, id) !== null;
}

/** The offer of changes kept when the session ended, at the top of their editor. */
export function KeptChanges({ kept, version, record, onRestore, onDiscard }: {
  kept: KeptEdit<object> | null;
  version: number;
  record: string;
  onRestore(): void;
  onDiscard(): void;
}) {
  if (!kept) return null;
  const fields = Object.keys(kept.changed).length;
  return (
    <section className="notice kept-changes" role="status" aria-label="Changes kept">
      <p>
        Your session ended while you were editing this {record}: {fields === 1 ? 'one field you changed was' : `${fields} fields you changed were`} kept,
        not saved.{kept.version && kept.version !== version
          ? ` The ${record} changed meanwhile (you had version ${kept.version}, it is now at ${version}): only the fields you changed go on it.`
          : ''}
      </p>
      <div className="actions">
        <button type="button" onClick={onRestore}>Put my changes back</button>
        <button type="button" className="secondary" onClick={onDiscard}>Discard them</button>
      </div>
    </section>
  );
}
