package org.newsgraph.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service refuses every token that is not a current one from the newsroom realm at
 * 127.0.0.1 with 401 and the problem code UNAUTHENTICATED. Each bad token differs from a good one
 * in one way only, and the good one is shown to work first, so that a refusal is for that reason.
 */
@ExtendWith(SuiteStack.class)
class AuthenticationIT {

    /** A client of the newsroom realm made for this test only, whose access tokens live one second. */
    private static final String SHORT_LIVED_CLIENT = "local-stack-it-short-lived";

    @Test
    void refusesACallWithoutToken() {
        entities(given()).then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void refusesSomethingThatIsNotAToken() {
        assertUnauthenticated(entities(given().auth().oauth2("not-a-token")).then());
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        String genuine = Tokens.accessToken(DemoUsers.REPORTER);
        entities(given().auth().oauth2(genuine)).then().statusCode(200);

        String forged = Tokens.signedWithAnotherKey(genuine);

        assertEquals(Tokens.claims(genuine), Tokens.claims(forged));
        assertEquals(Tokens.header(genuine).get("kid"), Tokens.header(forged).get("kid"));
        assertUnauthenticated(entities(given().auth().oauth2(forged)).then());
    }

    /**
     * A real Keycloak token that really expired: Keycloak issues it through a client whose access
     * tokens live one second ({@code access.token.lifespan}), created here with the admin API
     * rather than kept in the realm file that Kubernetes reuses. The test waits until the
     * token's own {@code exp} has passed; no timing is asserted.
     */
    @Test
    void refusesAnExpiredToken() {
        ensureShortLivedClient();
        String token = Tokens.accessToken(SuiteStack.settings().issuer(), SHORT_LIVED_CLIENT, DemoUsers.REPORTER);
        Map<String, Object> claims = Tokens.claims(token);
        assertEquals(SuiteStack.settings().issuer(), claims.get("iss"));
        Instant expiry = Instant.ofEpochSecond(((Number) claims.get("exp")).longValue());
        assertTrue(expiry.getEpochSecond() - ((Number) claims.get("iat")).longValue() <= 1, "a one-second token");

        // exp has a one-second resolution: wait until it is past by a clear margin
        ChildProcess.sleep(Duration.between(Instant.now(), expiry.plusSeconds(2)));

        assertUnauthenticated(entities(given().auth().oauth2(token)).then());
    }

    /**
     * A genuine token of the same realm, signed by the same key, for the same user, whose issuer
     * is another: Keycloak in dev mode names the issuer after the host it was called by, so a
     * login through http://localhost gives iss http://localhost:PORT/realms/newsroom, which the
     * services (configured with 127.0.0.1) do not trust.
     */
    @Test
    void refusesATokenFromAnotherIssuer() {
        Settings settings = SuiteStack.settings();
        String genuine = Tokens.accessToken(DemoUsers.REPORTER);
        entities(given().auth().oauth2(genuine)).then().statusCode(200);

        String otherIssuer = settings.issuer().replace("127.0.0.1", "localhost");
        String token = Tokens.accessToken(otherIssuer, DemoUsers.CLIENT, DemoUsers.REPORTER);

        assertEquals(otherIssuer, Tokens.claims(token).get("iss"));
        assertNotEquals(settings.issuer(), Tokens.claims(token).get("iss"));
        assertEquals(Tokens.header(genuine).get("kid"), Tokens.header(token).get("kid"), "signed by the same key");
        assertUnauthenticated(entities(given().auth().oauth2(token)).then());
    }

    private static io.restassured.response.Response entities(io.restassured.specification.RequestSpecification request) {
        return request.when().get(SuiteStack.settings().serviceUrl("entity-service") + "/entities");
    }

    private static void assertUnauthenticated(ValidatableResponse response) {
        response.statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    /** Creates the short-lived client unless it is there (the stack's Keycloak keeps it across a restart). */
    private static void ensureShortLivedClient() {
        String admin = Tokens.adminToken();
        String clients = SuiteStack.settings().keycloakUrl() + "/admin/realms/" + Settings.REALM + "/clients";
        int status = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of(
                        "clientId", SHORT_LIVED_CLIENT,
                        "publicClient", true,
                        "standardFlowEnabled", false,
                        "directAccessGrantsEnabled", true,
                        "attributes", Map.of("access.token.lifespan", "1"),
                        // for Newsgraph like the UI's tokens, so that only the expiry is wrong
                        "protocolMappers", List.of(Map.of(
                                "name", "audience " + Settings.GATEWAY_CLIENT,
                                "protocol", "openid-connect",
                                "protocolMapper", "oidc-audience-mapper",
                                "config", Map.of("included.client.audience", Settings.GATEWAY_CLIENT,
                                        "access.token.claim", "true")))))
                .when().post(clients)
                .then().extract().statusCode();
        assertTrue(status == 201 || status == 409, "creating the client answered " + status);
    }
}
