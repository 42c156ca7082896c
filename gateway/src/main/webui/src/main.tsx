import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Provider } from 'urql';
import { signIn } from './auth/session';
import { SessionContext } from './auth/SessionContext';
import { followingClient, liveSocket, newsroomClient, pastClient } from './graphql/client';
import { FollowingClientContext } from './live/follow';
import { PastClientContext } from './graphql/past';
import { App } from './app/App';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

signIn().then(
  (session) => {
    const ws = liveSocket(session.token);
    root.render(
      <StrictMode>
        <SessionContext.Provider value={session}>
          <Provider value={newsroomClient(session.token, ws)}>
            <PastClientContext.Provider value={pastClient(session.token)}>
              <FollowingClientContext.Provider value={followingClient(ws)}>
                <BrowserRouter>
                  <App />
                </BrowserRouter>
              </FollowingClientContext.Provider>
            </PastClientContext.Provider>
          </Provider>
        </SessionContext.Provider>
      </StrictMode>,
    );
  },
  (error: unknown) => {
    root.render(
      <main className="page">
        <h1>Newsgraph</h1>
        <p role="alert">Signing in did not work: {String(error)}. Reload the page to try again.</p>
      </main>,
    );
  },
);
