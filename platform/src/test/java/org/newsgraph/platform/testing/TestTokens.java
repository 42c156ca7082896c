package org.newsgraph.platform.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;

/**
 * Signed bearer tokens shaped like the newsroom realm's (roles in {@code realm_access.roles},
 * the user in {@code preferred_username}). The services verify them for real, with the public
 * key that {@link TestOidcKeysResource} configures; the bad ones are signed by another key,
 * expired, or from another issuer.
 */
public final class TestTokens {

    public static final String ISSUER = "http://127.0.0.1:8180/realms/newsroom";
    /** The audience the realm puts in tokens meant for Newsgraph, which every service requires. */
    public static final String AUDIENCE = "newsgraph-gateway";
    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();

    private TestTokens() {
    }

    /** A valid token for {@code username} with the given realm roles, as Keycloak would issue it. */
    public static String of(String username, String... roles) {
        return sign(username, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(30)), KEYS.getPrivate(), roles);
    }

    /**
     * A genuine token of the realm that was issued to another client (as {@code admin-cli}'s are):
     * same issuer and key, but not for Newsgraph's audience.
     */
    public static String forAnotherClient(String username, String... roles) {
        return sign(username, ISSUER, "account", Instant.now().plus(Duration.ofMinutes(30)), KEYS.getPrivate(), roles);
    }

    public static String viewer() {
        return of("vera.viewer", "viewer");
    }

    public static String reporter() {
        return of("rita.reporter", "reporter");
    }

    public static String editor() {
        return of("ed.editor", "editor");
    }

    public static String admin() {
        return of("ada.admin", "admin");
    }

    public static String expired(String username, String... roles) {
        return sign(username, ISSUER, AUDIENCE, Instant.now().minus(Duration.ofHours(1)), KEYS.getPrivate(), roles);
    }

    public static String signedByAnotherKey(String username, String... roles) {
        return sign(username, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(30)), OTHER_KEYS.getPrivate(), roles);
    }

    public static String fromAnotherIssuer(String username, String... roles) {
        return sign(username, "http://127.0.0.1:8180/realms/elsewhere", AUDIENCE, Instant.now().plus(Duration.ofMinutes(30)),
                KEYS.getPrivate(), roles);
    }

    /** The public key the services are configured with, base64 DER (what quarkus.oidc.public-key takes). */
    public static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    private static String sign(String username, String issuer, String audience, Instant expiresAt, PrivateKey key,
            String... roles) {
        Instant issuedAt = expiresAt.isBefore(Instant.now()) ? expiresAt.minus(Duration.ofMinutes(5)) : Instant.now();
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("typ", "Bearer")
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .jws().keyId("test-key")
                .sign(key);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
