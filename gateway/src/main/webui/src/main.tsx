import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Provider } from 'urql';
import { signIn } from './auth/session';
import { SessionContext } from './auth/SessionContext';
import { newsroomClient, pastClient } from './graphql/client';
import { PastClientContext } from './graphql/past';
import { App } from './app/App';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

signIn().then(
  (session) => {
    root.render(
      <StrictMode>
        <SessionContext.Provider value={session}>
          <Provider value={newsroomClient(session.token)}>
            <PastClientContext.Provider value={pastClient(session.token)}>
              <BrowserRouter>
                <App />
              </BrowserRouter>
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
