import { afterEach, beforeEach, expect, it, vi } from 'vitest';

/** keycloak-js as far as the session uses it: a sign-in from the frame that fails as often as told. */
const keycloaks = vi.hoisted(() => ({ created: 0, failures: 0, loggedOutWith: [] as (string | undefined)[], loggedOutTo: [] as string[], refreshRefused: false, noSession: false, said: [] as string[] }));
vi.mock('keycloak-js', () => ({
  default: class {
    token?: string;
    idToken?: string;
    tokenParsed?: object;
    timeSkew = 0;
    initialised = false;
    constructor() {
      keycloaks.created++;
    }
    async init() {
      // as keycloak-js: an instance is initialised once, whatever came of it
      if (this.initialised) throw new Error("A 'Keycloak' instance can only be initialized once.");
      this.initialised = true;
      if (keycloaks.failures-- > 0) throw new Error('Keycloak did not answer');
      if (keycloaks.noSession) return false;
      this.token = 'issued.by.the-frame';
      this.idToken = 'id.by.the-frame';
      this.tokenParsed = { sub: 'vera-id', azp: 'newsgraph-ui', exp: Math.floor(Date.now() / 1000) + 300 };
      return true;
    }
    async updateToken() {
      if (keycloaks.refreshRefused) throw new Error('the session ended');
      return false;
    }
    login = vi.fn(async () => { keycloaks.said.push('to the login'); });
    logout = vi.fn(async (options?: { redirectUri?: string }) => {
      // as keycloak-js: the logout address names the session by the ID token once signed in
      keycloaks.loggedOutWith.push(this.initialised ? this.idToken : 'not initialised');
      keycloaks.loggedOutTo.push(options?.redirectUri ?? '');
    });
  },
}));

const { signIn } = await import('./session');

const realm = 'http://127.0.0.1:8180/realms/newsroom/protocol/openid-connect';
const NOW = Date.UTC(2026, 10, 28, 11, 0);

function jwt(claims: object): string {
  const base64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${base64url('{"alg":"RS256"}')}.${base64url(JSON.stringify(claims))}.c2lnbmF0dXJl`;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
  keycloaks.created = 0;
  keycloaks.loggedOutWith = [];
  keycloaks.loggedOutTo = [];
  keycloaks.refreshRefused = false;
  keycloaks.noSession = false;
  keycloaks.failures = 0;
  keycloaks.said = [];
  localStorage.setItem('newsgraph.keycloak', JSON.stringify({
    clientId: 'newsgraph-ui',
    oidcProvider: { authorization_endpoint: `${realm}/auth`, token_endpoint: `${realm}/token`,
      end_session_endpoint: `${realm}/logout`, userinfo_endpoint: `${realm}/userinfo` },
  }));
  localStorage.setItem('newsgraph.token', JSON.stringify({
    token: jwt({ sub: 'vera-id', azp: 'newsgraph-ui', preferred_username: 'vera', realm_access: { roles: ['viewer'] } }),
    until: NOW + 4 * 60_000,
    issuer: `${realm}/token`,
  }));
});

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

it('a new tab reads with the kept token while Keycloak does not answer, and signs in once it does', async () => {
  keycloaks.failures = 1;
  const session = await signIn();
  expect(session.username).toBe('vera');
  expect(session.may('viewer')).toBe(true);
  const kept = await session.token();
  expect(kept).toMatch(/^ey/);

  // the sign-in behind the page fails (Keycloak down a moment): the kept token still serves
  await vi.advanceTimersByTimeAsync(2_000);
  expect(await session.token()).toBe(kept);

  // once the kept token is about to expire the next request signs in anew, and is sent with the new token
  vi.setSystemTime(NOW + 4 * 60_000 - 20_000);
  expect(await session.token()).toBe('issued.by.the-frame');
  expect(keycloaks.created).toBe(2);
  expect(JSON.parse(localStorage.getItem('newsgraph.token')!).token).toBe('issued.by.the-frame');
});

it('a logout forgets the kept token, so that the next tab signs in', async () => {
  const session = await signIn();
  await session.logout();
  expect(localStorage.getItem('newsgraph.token')).toBeNull();
});

it('a logout in a tab started from the kept token, before it signed in behind the page, ends the Keycloak session by its ID token', async () => {
  const session = await signIn();
  await session.token(); // the page's first request, with the kept token; the sign-in behind it not started
  await session.logout();
  expect(keycloaks.loggedOutWith).toEqual(['id.by.the-frame']);
});

it('a session that ends under the page (a refresh refused) tells the page before it leaves for the login', async () => {
  localStorage.removeItem('newsgraph.token'); // signed in from the frame, with a refresh token
  const session = await signIn();
  session.onEnd(() => keycloaks.said.push('kept what was typed'));
  keycloaks.refreshRefused = true;
  await session.token();
  expect(keycloaks.said).toEqual(['kept what was typed', 'to the login']);
});

it('a tab started from the kept token whose Keycloak session ended tells the page before it leaves for the login', async () => {
  const session = await signIn();
  session.onEnd(() => keycloaks.said.push('kept what was typed'));
  keycloaks.noSession = true;
  vi.setSystemTime(NOW + 4 * 60_000 - 20_000); // the kept token about to expire: the next request signs in
  void session.token();
  await vi.advanceTimersByTimeAsync(0);
  expect(keycloaks.said).toEqual(['kept what was typed', 'to the login']);
});

/** What another tab of the browser signing out looks like to this one. */
function signedOutInAnotherTab() {
  localStorage.removeItem('newsgraph.token');
  window.dispatchEvent(new StorageEvent('storage', { key: 'newsgraph.signedOut', newValue: String(Date.now()) }));
}

it('a logout tells the other tabs of the browser once Keycloak has ended the session (they get a storage event for the key it writes)', async () => {
  const session = await signIn();
  await session.logout();
  // not yet: told now, another tab could sign in again on the session Keycloak has not ended yet
  expect(localStorage.getItem('newsgraph.signedOut')).toBeNull();
  expect(keycloaks.loggedOutTo).toEqual([`${window.location.origin}/?signed-out`]);

  // Keycloak ended it and sends the tab back: now
  window.history.replaceState(null, '', '/?signed-out');
  await signIn();
  expect(localStorage.getItem('newsgraph.signedOut')).toBe(String(NOW));
  expect(window.location.pathname + window.location.search).toBe('/');
});

it('signed out in another tab, a signed-in tab keeps what its forms hold and goes to the login', async () => {
  localStorage.removeItem('newsgraph.token'); // signed in from the frame
  const session = await signIn();
  session.onEnd(() => keycloaks.said.push('kept what was typed'));
  signedOutInAnotherTab();
  await vi.advanceTimersByTimeAsync(0);
  expect(keycloaks.said).toEqual(['kept what was typed', 'to the login']);
});

it('signed out in another tab, a tab started from the kept token finds the session gone and goes to the login', async () => {
  const session = await signIn();
  session.onEnd(() => keycloaks.said.push('kept what was typed'));
  await session.token(); // reading with the kept token, not signed in behind the page yet
  keycloaks.noSession = true; // the other tab ended the Keycloak session
  signedOutInAnotherTab();
  await vi.advanceTimersByTimeAsync(0);
  expect(keycloaks.said).toEqual(['kept what was typed', 'to the login']);
  // its next request is not sent with the kept token
  expect(localStorage.getItem('newsgraph.token')).toBeNull();
});

it('another key of the storage changing is not a sign-out', async () => {
  localStorage.removeItem('newsgraph.token');
  await signIn();
  window.dispatchEvent(new StorageEvent('storage', { key: 'newsgraph.token', newValue: null }));
  window.dispatchEvent(new StorageEvent('storage', { key: 'newsgraph.signedOut', newValue: null }));
  await vi.advanceTimersByTimeAsync(0);
  expect(keycloaks.said).toEqual([]);
});
