import { signIn } from './auth/session';

/**
 * Signing in comes first, and needs only keycloak-js: the app (React, the GraphQL clients, the
 * screens) is a script of its own, loaded while the user is signed in (the two waits overlap
 * instead of following each other).
 */
const app = import('./app/start');
const root = document.getElementById('root')!;

signIn().then(
  async (session) => (await app).start(root, session),
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
