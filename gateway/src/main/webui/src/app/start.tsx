import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Provider } from 'urql';
import type { Session } from '../auth/session';
import { SessionContext } from '../auth/SessionContext';
import { followingClient, liveSocket, newsroomClient, pastClient } from '../graphql/client';
import { PastClientContext } from '../graphql/past';
import { FollowingClientContext } from '../live/follow';
import { requestStoryPage } from '../stories/StoryPage';
import { keptReaderZone } from '../zone/ReaderZone';
import { App } from './App';
import '../styles.css';

/** The app for a signed-in user: its clients (one socket for subscriptions) and its screens. */
export function start(root: HTMLElement, session: Session) {
  const ws = liveSocket(session);
  const newsroom = newsroomClient(session, ws);
  requestStoryPage(newsroom, window.location.pathname, keptReaderZone());
  // a data router: only with one may a form with unsaved changes ask before the user leaves it
  // (useBlocker); every address goes to the app, whose <Routes> match it as before
  const router = createBrowserRouter([{ path: '*', element: <App /> }]);
  createRoot(root).render(
    <StrictMode>
      <SessionContext.Provider value={session}>
        <Provider value={newsroom}>
          <PastClientContext.Provider value={pastClient(session)}>
            <FollowingClientContext.Provider value={followingClient(ws)}>
              <RouterProvider router={router} />
            </FollowingClientContext.Provider>
          </PastClientContext.Provider>
        </Provider>
      </SessionContext.Provider>
    </StrictMode>,
  );
}
