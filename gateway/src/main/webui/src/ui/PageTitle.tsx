import { useEffect } from 'react';

const APP = 'Newsgraph';

/** The browser tab's title for a page: the page first (a narrow tab shows its start), then the app. */
export function titleOf(page?: string | null): string {
  return page ? `${page} · ${APP}` : APP;
}

/**
 * Names the page on screen in the browser's tab (and its history and bookmarks): "Alaska summit
 * 2025 · Newsgraph". Rendered where the page's heading is; the tab says "Newsgraph" again once the
 * page is gone, until the next one names itself.
 */
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = titleOf(children);
    return () => { document.title = APP; };
  }, [children]);
  return null;
}
