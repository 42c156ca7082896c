package org.newsgraph.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The realm the Keycloak Operator imports in the cluster: the local realm, made fit for production. */
class RealmImportTests {

    /** The gateway's public host, from the base's Ingress (read as written: the realm import is rendered from it). */
    private static String publicOrigin() {
        return "https://" + Kustomize.readAll(Manifests.k8s().resolve("base/ingress.yaml")).stream()
                .filter(ingress -> ingress.path("metadata").path("name").asText().equals("gateway"))
                .findFirst().orElseThrow().path("spec").path("rules").path(0).path("host").asText();
    }

    @Test
    void theRealmImportIsDerivedFromTheLocalRealm() throws IOException {
        if (Boolean.getBoolean("newsgraph.k8s.write-realm")) {
            ProductionRealm.write(publicOrigin());
        }
        assertEquals(ProductionRealm.realmImport(publicOrigin()), Files.readString(ProductionRealm.REALM_IMPORT),
                "base/realm-import.yaml is not the local realm's production form; regenerate it: "
                        + "./mvnw -B verify -pl deploy/k8s -Dnewsgraph.k8s.write-realm=true");
    }

    @Test
    void theProductionRealmHasNoDemoUserNoPasswordLoginAndOnlyThePublicHost() {
        JsonNode realmImport = new ObjectMapper().valueToTree(Manifests.render("prod").custom("KeycloakRealmImport", "newsroom"));
        JsonNode realm = realmImport.path("spec").path("realm");
        assertEquals("keycloak", realmImport.path("spec").path("keycloakCRName").asText());
        assertEquals("newsroom", realm.path("realm").asText());
        for (JsonNode user : realm.path("users")) {
            assertTrue(user.has("serviceAccountClientId"), "only service accounts, no demo user: " + user.path("username"));
        }
        String text = realm.toString();
        assertFalse(text.contains("127.0.0.1") || text.contains("localhost"), "no local address in the realm");
        assertFalse(text.contains("-local\""), "no demo password");
        for (JsonNode client : realm.path("clients")) {
            String clientId = client.path("clientId").asText();
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true), clientId + " allows no password grant");
            for (JsonNode uri : client.path("redirectUris")) {
                assertTrue(uri.asText().startsWith(publicOrigin() + "/"), clientId + " redirects to the public host only: " + uri);
            }
            for (JsonNode origin : client.path("webOrigins")) {
                assertTrue(List.of(publicOrigin(), "+").contains(origin.asText()), clientId + ": " + origin);
            }
            if (client.has("secret")) {
                String placeholder = ProductionRealm.placeholder(clientId);
                assertEquals("${" + placeholder + "}", client.path("secret").asText(), clientId + "'s secret comes from a Secret");
                assertEquals(ProductionRealm.secretName(clientId),
                        realmImport.path("spec").path("placeholders").path(placeholder).path("secret").path("name").asText());
            }
        }
        assertTrue(realm.path("clients").findValues("clientId").stream().anyMatch(id -> id.asText().equals("newsgraph-ui")));
    }
}
