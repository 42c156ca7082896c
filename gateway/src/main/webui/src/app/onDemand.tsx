import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A screen whose script is loaded when it is first shown, in a file of its own: the first page
 * a reader opens (a story's timeline) carries only what it shows, not the editors, the
 * extraction, people and users screens.
 */
// `any`: each screen keeps its own props type (M[K])
export function onDemand<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  return lazy<M[K]>(async () => ({ default: (await load())[name] }));
}

/** Where a screen loaded on demand appears, saying so while its script arrives. */
export function Screens({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>;
}
