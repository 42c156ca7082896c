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

/**
 * Where Keycloak is, as the gateway says (/api/keycloak.json), so the same build works on any
 * stack. Kept for the tab (sessionStorage): the page loads twice when signing in (before the
 * redirect to Keycloak and after it), and the second time, the one the user waits for, need not
 * ask again. With the endpoints given, keycloak-js fetches nothing before it redirects or
 * exchanges the code (no well-known document; no login-status or third-party-cookie iframe).
 */
async function keycloakConfig(): Promise<KeycloakConfig> {
  const kept = sessionStorage.getItem(KEYCLOAK_CONFIG);
  if (kept) return JSON.parse(kept) as KeycloakConfig;
  const response = await fetch('/api/keycloak.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`the gateway did not say where Keycloak is (HTTP ${response.status})`);
  const json = (await response.json()) as { 'auth-server-url': string; realm: string; resource: string };
  const config: KeycloakConfig = { url: json['auth-server-url'], realm: json.realm, clientId: json.resource };
  sessionStorage.setItem(KEYCLOAK_CONFIG, JSON.stringify(config));
  return config;
}

/**
 * Signs in through Keycloak (authorization code flow with PKCE, client newsgraph-ui). Resolves
 * once the user is signed in; until then Keycloak's login page is shown.
 */
export async function signIn(): Promise<Session> {
  const keycloak = new Keycloak(await keycloakConfig());
  try {
    await keycloak.init({
      onLoad: 'login-required',
      pkceMethod: 'S256',
      checkLoginIframe: false,
    });
  } catch (error) {
    // perhaps Keycloak moved since the tab kept its address: a reload asks the gateway again
    sessionStorage.removeItem(KEYCLOAK_CONFIG);
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
