package org.newsgraph.platform.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Configures quarkus-oidc to verify {@link TestTokens} locally with their public key and issuer:
 * signature, expiry and issuer are checked exactly as with Keycloak's keys. The suite-wide
 * tests of deploy/local use a real Keycloak instead.
 */
public class TestOidcKeysResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.public-key", TestTokens.publicKey(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
    }
}
