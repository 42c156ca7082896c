import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Provider, type Client } from 'urql';
import type { Session } from '../auth/session';
import { SessionContext } from '../auth/SessionContext';
import { followingClient, liveSocket, newsroomClient, pastClient } from '../graphql/client';
import type { EarlyRequest } from '../graphql/early';
import { PastClientContext } from '../graphql/past';
import { FollowingClientContext } from '../live/follow';
import { requestStoryPage } from '../stories/StoryPage';
import { App } from './App';
import '../styles.css';

/**
 * The app for a user being signed in: its clients (one socket for subscriptions) and its screens.
 * The clients are made before the sign-in ends (requests wait for the token), and the page's
 * request is started: on a story's address main.tsx sent it already (`early`), and the client
 * takes its answer over. The screens render once the user is known; a sign-in that fails renders
 * nothing here (main.tsx says why).
 */
export function start(root: HTMLElement, signingIn: Promise<Session>, zone: string, early?: EarlyRequest) {
  const token = async () => (await signingIn).token();
  const ws = liveSocket(token);
  const newsroom = newsroomClient(token, ws, early);
  requestStoryPage(newsroom, window.location.pathname, zone);
  const past = pastClient(token);
  const following = followingClient(ws);
  signingIn.then((session) => render(root, session, newsroom, past, following), () => {});
}

function render(root: HTMLElement, session: Session, newsroom: Client, past: Client, following: Client) {
  createRoot(root).render(
    <StrictMode>
      <SessionContext.Provider value={session}>
        <Provider value={newsroom}>
          <PastClientContext.Provider value={past}>
            <FollowingClientContext.Provider value={following}>
              <BrowserRouter>
                <App />
              </BrowserRouter>
            </FollowingClientContext.Provider>
          </PastClientContext.Provider>
        </Provider>
      </SessionContext.Provider>
    </StrictMode>,
  );
}
