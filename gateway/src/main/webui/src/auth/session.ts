import Keycloak, { type KeycloakConfig } from 'keycloak-js';

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
  logout(): Promise<void>;
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
 * A user who already has a Keycloak session (a new tab, a link from a colleague) is signed in from
 * a hidden frame (check-sso): the page does not leave for Keycloak and load a second time, and the
 * app's scripts load meanwhile. Without a session, or where the browser keeps Keycloak's cookie
 * from frames, the frame answers "login required" and the page goes to Keycloak's login as before.
 */
export async function signIn(): Promise<Session> {
  const keycloak = new Keycloak(await keycloakConfig());
  try {
    const signedIn = await withinTime(keycloak.init({
      onLoad: 'check-sso',
      silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
      pkceMethod: 'S256',
      checkLoginIframe: false,
    }));
    if (!signedIn) {
      await keycloak.login();
      return await new Promise<never>(() => {}); // the page is on its way to Keycloak's login
    }
  } catch (error) {
    // perhaps Keycloak moved since the browser kept its address: the next visit asks the gateway
    localStorage.removeItem(KEYCLOAK_CONFIG);
    throw error;
  }
  const refresh = async () => {
    try {
      await keycloak.updateToken(MIN_VALIDITY);
    } catch {
      // The Keycloak session ended (logged out elsewhere, or idle too long): sign in again.
      await keycloak.login();
    }
  };
  keycloak.onTokenExpired = () => {
    void refresh();
  };
  const parsed = keycloak.tokenParsed ?? {};
  const role = highestRole(parsed.realm_access?.roles ?? []);
  return {
    username: (parsed as { preferred_username?: string }).preferred_username ?? '',
    role,
    may: (needed) => includes(role, needed),
    token: async () => {
      await refresh();
      return keycloak.token ?? '';
    },
    logout: () => keycloak.logout({ redirectUri: window.location.origin + '/' }),
  };
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
