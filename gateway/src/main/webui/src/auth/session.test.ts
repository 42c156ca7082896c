import { afterEach, describe, expect, it } from 'vitest';
import type { KeycloakConfig } from 'keycloak-js';
import { claimsOf, keptToken } from './session';

const realm = 'http://127.0.0.1:8180/realms/newsroom/protocol/openid-connect';
const config: KeycloakConfig = {
  clientId: 'newsgraph-ui',
  oidcProvider: {
    authorization_endpoint: `${realm}/auth`,
    token_endpoint: `${realm}/token`,
    end_session_endpoint: `${realm}/logout`,
    userinfo_endpoint: `${realm}/userinfo`,
  },
};
const NOW = Date.UTC(2026, 10, 28, 11, 0);

/** A token as Keycloak issues it (header.payload.signature, base64url); the signature is the gateway's to check. */
function jwt(claims: object): string {
  const base64url = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${base64url('{"alg":"RS256"}')}.${base64url(JSON.stringify(claims))}.c2lnbmF0dXJl`;
}

const zoe = { sub: 'f3a1', azp: 'newsgraph-ui', preferred_username: 'zoë', realm_access: { roles: ['viewer', 'reporter'] } };

function keep(token: string, until: number, issuer = `${realm}/token`) {
  localStorage.setItem('newsgraph.token', JSON.stringify({ token, until, issuer }));
}

afterEach(() => localStorage.clear());

describe('a new tab starts with the token another tab keeps', () => {
  it('uses a token this app was issued by this Keycloak while it has more than a minute left', () => {
    const token = jwt(zoe);
    keep(token, NOW + 4 * 60_000);
    const kept = keptToken(config, NOW);
    expect(kept?.token).toBe(token);
    expect(kept?.claims.preferred_username).toBe('zoë');
    expect(kept?.claims.realm_access?.roles).toEqual(['viewer', 'reporter']);
  });

  it('signs in instead when the kept token is about to expire', () => {
    keep(jwt(zoe), NOW + 59_000);
    expect(keptToken(config, NOW)).toBeNull();
  });

  it('does not take a token issued to another client or by another Keycloak', () => {
    keep(jwt({ ...zoe, azp: 'newsgraph-admin' }), NOW + 4 * 60_000);
    expect(keptToken(config, NOW)).toBeNull();
    keep(jwt(zoe), NOW + 4 * 60_000, 'http://127.0.0.1:9999/realms/newsroom/protocol/openid-connect/token');
    expect(keptToken(config, NOW)).toBeNull();
  });

  it('signs in when nothing, or something else, is kept', () => {
    expect(keptToken(config, NOW)).toBeNull();
    localStorage.setItem('newsgraph.token', 'not json');
    expect(keptToken(config, NOW)).toBeNull();
    keep('not.a-token', NOW + 4 * 60_000);
    expect(keptToken(config, NOW)).toBeNull();
  });
});

it('reads a token\'s claims, names with diacritics included', () => {
  expect(claimsOf(jwt(zoe))).toEqual(zoe);
});
