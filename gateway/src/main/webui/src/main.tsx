import { signIn } from './auth/session';

/**
 * Signing in comes first, and needs only keycloak-js: the app (React, the GraphQL clients, the
 * screens) is a script of its own. A visit without a session goes to Keycloak's login without
 * loading it; coming back from Keycloak with a code, it loads while the code is exchanged for a
 * token (the two waits overlap instead of following each other).
 */
const fromKeycloak = /[#&?]code=/.test(window.location.hash + window.location.search);
const loadApp = () => import('./app/start');
const app = fromKeycloak ? loadApp() : undefined;
const root = document.getElementById('root')!;

signIn().then(
  async (session) => (await (app ?? loadApp())).start(root, session),
  (error: unknown) => {
    // no React here: the app's script may be what failed to load
    const main = document.createElement('main');
    main.className = 'page';
    const title = document.createElement('h1');
    title.textContent = 'Newsgraph';
    const said = document.createElement('p');
    said.setAttribute('role', 'alert');
    said.textContent = `Signing in did not work: ${String(error)}. Reload the page to try again.`;
    main.append(title, said);
    root.replaceChildren(main);
  },
);
