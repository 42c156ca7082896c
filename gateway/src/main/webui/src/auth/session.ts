import Keycloak, { type KeycloakConfig } from 'keycloak-js';
import { whenIdle } from '../ui/idle';

/** The newsroom's roles, each including the ones before it (Keycloak composite roles). */
export const ROLES = ['viewer', 'reporter', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is signed in, and how to get a fresh access token for the gateway. */
export interface Session {
  username: string;
  /** The highest newsroom role the token carries, or null for none. */
  role: Role | null;
  /** Whether the user has `role` (or a role above it). */
  may(role: Role): boolean;
  /** An access token valid for at least the next 30 s, refreshed first if needed. */
  token(): Promise<string>;
  /** The gateway refused `token` (HTTP 401): a kept token is forgotten, and the next one is fresh. */
  refused(token: string): void;
  logout(): Promise<void>;
  /**
   * Calls `listener` when the Keycloak session ends under the page (a refresh is refused), just
   * before the page leaves for Keycloak's login: what is typed and not saved can be kept first.
   * Returns how to stop listening.
   */
  onEnd(listener: () => void): () => void;
}

/** Seconds of validity a token must still have before a request uses it. */
const MIN_VALIDITY = 30;

/** The highest role of a token's realm roles, in the newsroom's order. */
export function highestRole(realmRoles: readonly string[]): Role | null {
  let highest: Role | null = null;
  for (const role of ROLES) {
    if (realmRoles.includes(role)) highest = role;
  }
  return highest;
}

/** Whether a user whose highest role is `held` may do what needs `needed`. */
export function includes(held: Role | null, needed: Role): boolean {
  return held !== null && ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

const KEYCLOAK_CONFIG = 'newsgraph.keycloak';

/** How long after a kept token's first use the sign-in behind the page starts (the page shown first). */
const SIGN_IN_BEHIND_AFTER_MS = 1_000;

/** How long signing in may take before the page says Keycloak did not answer. */
const SIGN_IN_WAIT_MS = 15_000;

/**
 * Where Keycloak is, as the gateway says (/api/keycloak.json), so the same build works on any
 * stack. Kept in the browser (localStorage): a tab opened later asks nothing before signing in. A
 * sign-in that fails forgets it (Keycloak may have moved), so the next visit asks again. Given as
 * the realm's endpoints, so that keycloak-js fetches nothing before it signs in: no well-known
 * document, no login-status frame, and no third-party-cookie check (see signIn).
 */
async function keycloakConfig(): Promise<KeycloakConfig> {
  const kept = localStorage.getItem(KEYCLOAK_CONFIG);
  if (kept) return JSON.parse(kept) as KeycloakConfig;
  const response = await fetch('/api/keycloak.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`the gateway did not say where Keycloak is (HTTP ${response.status})`);
  const json = (await response.json()) as { 'auth-server-url': string; realm: string; resource: string };
  const realm = `${json['auth-server-url'].replace(/\/+$/, '')}/realms/${encodeURIComponent(json.realm)}/protocol/openid-connect`;
  const config: KeycloakConfig = {
    clientId: json.resource,
    oidcProvider: {
      authorization_endpoint: `${realm}/auth`,
      token_endpoint: `${realm}/token`,
      end_session_endpoint: `${realm}/logout`,
      userinfo_endpoint: `${realm}/userinfo`,
    },
  };
  localStorage.setItem(KEYCLOAK_CONFIG, JSON.stringify(config));
  return config;
}

/**
 * Signs in through Keycloak (authorization code flow with PKCE, client newsgraph-ui). Resolves
 * once the user is signed in; until then Keycloak's login page is shown.
 *
 * A new tab of a reader signed in in this browser starts at once with the access token an open
 * tab keeps (see keptToken); the sign-in itself runs behind the page once it is idle. Without one,
 * a user who already has a Keycloak session (a link from a colleague) is signed in from a hidden
 * frame (check-sso): the page does not leave for Keycloak and load a second time, and the app's
 * scripts load meanwhile. Without a session, or where the browser keeps Keycloak's cookie from
 * frames, the frame answers "login required" and the page goes to Keycloak's login as before.
 */
export async function signIn(): Promise<Session> {
  signedOutHere();
  const config = await keycloakConfig();
  const keycloak = new Keycloak(config);
  // back from Keycloak's login page (its answer in the address): that sign-in is finished first
  const back = /[#&]state=/.test(window.location.hash);
  const kept = back ? null : keptToken(config);
  if (!kept) await signInFromFrame(keycloak, config);
  return sessionOf(keycloak, config, kept);
}

/**
 * Resolves once signed in; a user without a Keycloak session is sent to its login page, after
 * `ended` (a page already showing: its session ended under it).
 */
async function signInFromFrame(keycloak: Keycloak, config: KeycloakConfig, ended: () => void = () => {}) {
  try {
    const signedIn = await withinTime(keycloak.init({
      onLoad: 'check-sso',
      silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
      pkceMethod: 'S256',
      checkLoginIframe: false,
    }));
    if (!signedIn) {
      forgetKeptToken();
      ended();
      await keycloak.login();
      return await new Promise<never>(() => {}); // the page is on its way to Keycloak's login
    }
  } catch (error) {
    // perhaps Keycloak moved since the browser kept its address: the next visit asks the gateway
    localStorage.removeItem(KEYCLOAK_CONFIG);
    forgetKeptToken();
    throw error;
  }
  keepToken(keycloak, config);
  keycloak.onAuthRefreshSuccess = () => keepToken(keycloak, config);
}

function sessionOf(keycloak: Keycloak, config: KeycloakConfig, kept: KeptToken | null): Session {
  const endListeners = new Set<() => void>();
  const ended = () => {
    for (const listener of endListeners) {
      try { listener(); } catch { /* one form that cannot keep its text does not keep the user here */ }
    }
  };
  let signingIn: Promise<void> | null = kept ? null : Promise.resolve();
  const signedIn = () => {
    // a tab started from a kept token learns here that the Keycloak session ended
    signingIn ??= signInFromFrame(keycloak, config, ended).then(() => {
      // someone else signed in in this browser meanwhile: the page is theirs to see, not the kept user's
      if (kept && keycloak.tokenParsed?.sub !== kept.claims.sub) window.location.reload();
      kept = null;
    }, (error: unknown) => {
      // tried again by the next request, with a new keycloak-js (one is initialised only once)
      signingIn = null;
      keycloak = new Keycloak(config);
      keycloak.onTokenExpired = () => void refresh();
      throw error;
    });
    return signingIn;
  };
  // behind the page: once its first request is on its way and the browser has a moment
  let behind = false;
  const signInBehind = () => {
    if (behind) return;
    behind = true;
    setTimeout(() => whenIdle(() => void signedIn().catch(() => {})), SIGN_IN_BEHIND_AFTER_MS);
  };

  const refresh = async () => {
    try {
      await keycloak.updateToken(MIN_VALIDITY);
    } catch {
      // The Keycloak session ended (logged out elsewhere, or idle too long): sign in again.
      forgetKeptToken();
      ended();
      await keycloak.login();
    }
  };
  keycloak.onTokenExpired = () => void refresh();
  whenSignedOutElsewhere(() => {
    kept = null;
    // what the forms hold is kept, then Keycloak's login: at once when signed in here, else after the
    // frame has found the session gone (as for a kept token whose session ended)
    void signedIn().then(async () => {
      ended();
      await keycloak.login();
    }, () => {});
  });
  const claims = kept?.claims ?? (keycloak.tokenParsed as TokenClaims | undefined) ?? {};
  const role = highestRole(claims.realm_access?.roles ?? []);
  return {
    username: claims.preferred_username ?? '',
    role,
    may: (needed) => includes(role, needed),
    token: async () => {
      if (kept && kept.until - Date.now() > MIN_VALIDITY * 1000) {
        signInBehind();
        return kept.token;
      }
      await signedIn();
      await refresh();
      return keycloak.token ?? '';
    },
    refused: (token) => {
      if (kept?.token !== token) return;
      forgetKeptToken();
      kept = null;
    },
    logout: async () => {
      // Keycloak ends its session for the ID token keycloak-js sends, which a tab started from a kept
      // token has only once signed in behind the page: without it Keycloak asks "Do you want to log
      // out?" instead of ending the session (and before keycloak-js is initialised it cannot log out).
      const signedInNow = await signedIn().then(() => true, () => false);
      forgetKeptToken(); // after the sign-in, which keeps its token
      // Keycloak does not answer: there is no session to end there, and the page says so
      if (!signedInNow) {
        signOutOtherTabs();
        return window.location.assign('/');
      }
      // the other tabs are told once Keycloak has ended the session, by the page it sends back to:
      // told before, one could sign in again on the session still open
      await keycloak.logout({ redirectUri: `${window.location.origin}/?${SIGNED_OUT_PARAMETER}` });
    },
    onEnd: (listener) => {
      endListeners.add(listener);
      return () => endListeners.delete(listener);
    },
  };
}

const SIGNED_OUT = 'newsgraph.signedOut';

/** What this page does when the user signs out in another tab of the browser. */
let signedOutElsewhere: (() => void) | null = null;

/**
 * Signing out in one tab signs out every tab of this browser: the others would go on reading and
 * editing with their access tokens until those expire (up to five minutes), on a shared computer
 * too. The tab signing out writes the moment to localStorage; every other tab gets a `storage` event.
 */
function whenSignedOutElsewhere(then: () => void) {
  if (signedOutElsewhere === null) {
    window.addEventListener('storage', (event) => {
      if (event.key === SIGNED_OUT && event.newValue !== null) signedOutElsewhere?.();
    });
  }
  signedOutElsewhere = then;
}

function signOutOtherTabs() {
  localStorage.setItem(SIGNED_OUT, String(Date.now()));
}

/** In the address Keycloak sends a tab back to once it has ended the session the tab logged out of. */
const SIGNED_OUT_PARAMETER = 'signed-out';

/** Back from Keycloak's logout: the session has ended, so the other tabs are told (and the address cleaned). */
function signedOutHere() {
  const address = new URL(window.location.href);
  if (!address.searchParams.has(SIGNED_OUT_PARAMETER)) return;
  signOutOtherTabs();
  address.searchParams.delete(SIGNED_OUT_PARAMETER);
  window.history.replaceState(window.history.state, '', address.pathname + address.search + address.hash);
}

/** What the app reads of an access token. */
export interface TokenClaims {
  sub?: string;
  azp?: string;
  preferred_username?: string;
  realm_access?: { roles?: string[] };
}

/** An access token kept for the browser's next tab, and until when (by this browser's clock). */
export interface KeptToken {
  token: string;
  until: number;
  claims: TokenClaims;
}

const KEPT_TOKEN = 'newsgraph.token';

/** How long a kept token must still be valid for a new tab to start with it. */
const KEPT_MIN_VALIDITY_MS = 60_000;

/**
 * The access token an open tab keeps in localStorage (issued or refreshed by Keycloak; never the
 * refresh token) when it is still valid for more than a minute and was issued to this app by the
 * Keycloak the browser signs in with; null otherwise. It lives five minutes (the realm's access
 * token lifespan), is refreshed while a tab is open and forgotten on logout (docs/decisions.md).
 */
export function keptToken(config: KeycloakConfig, now = Date.now()): KeptToken | null {
  try {
    const kept = JSON.parse(localStorage.getItem(KEPT_TOKEN) ?? 'null') as
      { token?: string; until?: number; issuer?: string } | null;
    if (!kept?.token || typeof kept.until !== 'number' || kept.until - now < KEPT_MIN_VALIDITY_MS) return null;
    if (kept.issuer !== issuerOf(config)) return null;
    const claims = claimsOf(kept.token);
    return claims.azp === config.clientId ? { token: kept.token, until: kept.until, claims } : null;
  } catch {
    return null; // not what this app wrote
  }
}

function keepToken(keycloak: Keycloak, config: KeycloakConfig) {
  const exp = keycloak.tokenParsed?.exp;
  if (!keycloak.token || typeof exp !== 'number') return;
  // the token's expiry by this browser's clock (keycloak-js measured the skew when it was issued)
  const until = (exp + (keycloak.timeSkew ?? 0)) * 1000;
  localStorage.setItem(KEPT_TOKEN, JSON.stringify({ token: keycloak.token, until, issuer: issuerOf(config) }));
}

function forgetKeptToken() {
  localStorage.removeItem(KEPT_TOKEN);
}

/** Which Keycloak (realm) issues the tokens: its token endpoint. */
function issuerOf(config: KeycloakConfig): string {
  return 'oidcProvider' in config && typeof config.oidcProvider === 'object' ? config.oidcProvider.token_endpoint : '';
}

/** The claims of a JWT (not verified: the gateway verifies every token it is sent). */
export function claimsOf(token: string): TokenClaims {
  const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(payload.padEnd(Math.ceil(payload.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as TokenClaims;
}

/** A hidden frame that never answers (Keycloak down) would leave the page waiting for ever. */
async function withinTime<T>(signingIn: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('Keycloak did not answer')), SIGN_IN_WAIT_MS);
  });
  try {
    return await Promise.race([signingIn, late]);
  } finally {
    clearTimeout(timer);
  }
}
