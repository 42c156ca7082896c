package org.newsgraph.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway and every service take only tokens issued for Newsgraph (audience
 * {@code newsgraph-gateway}): a genuine token of the realm that Keycloak issued to another client
 * of it ({@code admin-cli}, which every realm has and which allows password logins) is refused
 * with 401, as a token that is not for Newsgraph, where it used to be let in (and refused 403).
 */
@ExtendWith(SuiteStack.class)
class AudienceIT {

    private static final List<String> SERVICES = List.of("entity-service", "event-service", "quote-service");

    @Test
    void theUisTokensNameNewsgraphAsAudience() {
        Object audience = Tokens.claims(Tokens.accessToken(DemoUsers.VIEWER)).get("aud");
        assertTrue(forNewsgraph(audience), "aud: " + audience);
    }

    @Test
    void anAdminCliTokenOfTheRealmIsRefusedEverywhereWith401() {
        String good = Tokens.accessToken(DemoUsers.EDITOR);
        String adminCli = Tokens.accessToken(SuiteStack.settings().issuer(), "admin-cli", DemoUsers.EDITOR);
        // a genuine token of the realm, for the same login, issued to admin-cli (whose tokens carry
        // neither the user's roles nor sub and preferred_username: the realm's client scopes are not its own)
        assertEquals(Tokens.claims(good).get("iss"), Tokens.claims(adminCli).get("iss"), "the same realm");
        assertEquals("admin-cli", Tokens.claims(adminCli).get("azp"));
        Object audience = Tokens.claims(adminCli).get("aud");
        assertFalse(forNewsgraph(audience), "aud: " + audience);

        for (String service : SERVICES) {
            String url = SuiteStack.settings().serviceUrl(service) + path(service);
            given().auth().oauth2(good).get(url).then().statusCode(200);
            given().auth().oauth2(adminCli).get(url).then().statusCode(401)
                    .contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("UNAUTHENTICATED"));
        }
        Graph.asToken(good, "{ me { username } }", Map.of()).statusCode(200).body("data.me.username", equalTo("ed"));
        Graph.asToken(adminCli, "{ me { username } }", Map.of()).statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    /** The gateway's own client gets tokens for Newsgraph too (its service account has no newsroom role). */
    @Test
    void theGatewaysServiceAccountTokenNamesNewsgraphAsAudience() {
        String token = Tokens.gatewayServiceAccount();
        Object audience = Tokens.claims(token).get("aud");
        assertTrue(forNewsgraph(audience), "aud: " + audience);
        given().auth().oauth2(token).get(SuiteStack.settings().serviceUrl("entity-service") + "/entities")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    /** A JWT's aud is one string or a list of them. */
    private static boolean forNewsgraph(Object audience) {
        return Settings.GATEWAY_CLIENT.equals(audience)
                || audience instanceof Collection<?> all && all.contains(Settings.GATEWAY_CLIENT);
    }

    private static String path(String service) {
        return switch (service) {
            case "entity-service" -> "/entities";
            case "event-service" -> "/stories";
            default -> "/quotes/search?q=summit";
        };
    }
}
