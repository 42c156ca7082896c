package org.newsgraph.local;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.newsgraph.local.DemoUsers.DemoUser;

/** Access tokens from the stack's real Keycloak, and tokens crafted to be refused. */
final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    /** The password grant a script would use: the demo user logs in through the editor UI's client. */
    static Response passwordGrant(String issuer, String client, DemoUser user) {
        return given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("username", user.username())
                .formParam("password", user.password())
                .when()
                .post(issuer + "/protocol/openid-connect/token");
    }

    static String accessToken(DemoUser user) {
        return accessToken(SuiteStack.settings().issuer(), DemoUsers.CLIENT, user);
    }

    static String accessToken(String issuer, String client, DemoUser user) {
        return passwordGrant(issuer, client, user).then().statusCode(200).extract().path("access_token");
    }

    /** A token of the gateway's own service account (client-credentials grant of its confidential client). */
    static String gatewayServiceAccount() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", Settings.GATEWAY_CLIENT)
                .formParam("client_secret", SuiteStack.settings().gatewayClientSecret())
                .post(SuiteStack.settings().issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A token of the master realm's admin (the local Keycloak's bootstrap admin), for the admin API. */
    static String adminToken() {
        Settings settings = SuiteStack.settings();
        return given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", settings.keycloakAdmin())
                .formParam("password", settings.keycloakAdminPassword())
                .when()
                .post(settings.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    static Map<String, Object> header(String jwt) {
        return decode(jwt.split("\\.")[0]);
    }

    static Map<String, Object> claims(String jwt) {
        return decode(jwt.split("\\.")[1]);
    }

    /**
     * The same header and claims as {@code genuine}, so the same key id, issuer, user, roles and
     * expiry, but signed (RS256) with a key of our own: only the signature is wrong.
     */
    static String signedWithAnotherKey(String genuine) {
        String[] parts = genuine.split("\\.");
        String signingInput = parts[0] + "." + parts[1];
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair ours = generator.generateKeyPair();
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(ours.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> decode(String part) {
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(part), new TypeReference<>() {
            });
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a JWT part: " + part, e);
        }
    }
}
