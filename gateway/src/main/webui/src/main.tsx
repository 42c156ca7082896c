import { signIn } from './auth/session';
import { sendStoryPageEarly } from './stories/storyPageQuery';
import { keptReaderZone } from './zone/zones';

/**
 * Signing in comes first, and needs only keycloak-js: the app (React, the GraphQL clients, the
 * screens) is a script of its own, loaded while the user is signed in (the two waits overlap
 * instead of following each other). On a story's address the page's request is sent from here,
 * the moment the user is signed in, without waiting for the app's script; the app's client takes
 * it over (issue 10's first page). The app starts as soon as its script is there: its clients are
 * made meanwhile, and it renders once the user is known.
 */
const session = signIn();
const zone = keptReaderZone();
const early = sendStoryPageEarly(window.location.pathname, zone, async () => (await session).token());
const root = document.getElementById('root')!;

function failed(error: unknown) {
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
}

session.catch(failed);
import('./app/start').then(({ start }) => start(root, session, zone, early), failed);
