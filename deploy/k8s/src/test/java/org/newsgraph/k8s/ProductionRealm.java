package org.newsgraph.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * The production realm, derived from the local one (deploy/keycloak/newsroom-realm.json) so that
 * roles, clients and mappers are written once: without the demo users (service accounts stay),
 * without password logins, with the public host's redirect URIs and web origins instead of
 * 127.0.0.1, and with each confidential client's secret a placeholder that the Keycloak Operator
 * fills from a Secret. base/realm-import.yaml is this realm, written by
 * {@code ./mvnw -B verify -pl deploy/k8s -Dnewsgraph.k8s.write-realm=true}.
 */
final class ProductionRealm {

    static final Path LOCAL_REALM = Manifests.repository().resolve("deploy/keycloak/newsroom-realm.json");
    static final Path REALM_IMPORT = Manifests.k8s().resolve("base/realm-import.yaml");

    private ProductionRealm() {
    }

    /** The Secret whose key "secret" holds a confidential client's secret, and the placeholder standing for it. */
    static String secretName(String clientId) {
        return clientId + "-client";
    }

    static String placeholder(String clientId) {
        return clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_SECRET";
    }

    static ObjectNode derive(String publicOrigin) {
        ObjectNode realm;
        try {
            realm = (ObjectNode) new ObjectMapper().readTree(LOCAL_REALM.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        realm.put("sslRequired", "external");
        JsonNode localUsers = realm.path("users");
        ArrayNode users = realm.putArray("users");
        for (JsonNode user : localUsers) {
            if (user.has("serviceAccountClientId")) {
                users.add(user);
            }
        }
        for (JsonNode node : realm.path("clients")) {
            ObjectNode client = (ObjectNode) node;
            client.put("directAccessGrantsEnabled", false);
            for (String field : new String[] {"redirectUris", "webOrigins"}) {
                if (client.has(field)) {
                    Set<String> uris = new LinkedHashSet<>();
                    client.get(field).forEach(uri -> uris.add(publicUri(uri.asText(), publicOrigin)));
                    ArrayNode list = client.putArray(field);
                    uris.forEach(list::add);
                }
            }
            for (String field : new String[] {"rootUrl", "baseUrl", "adminUrl"}) {
                if (client.has(field)) {
                    client.put(field, publicUri(client.get(field).asText(), publicOrigin));
                }
            }
            if (client.path("attributes").has("post.logout.redirect.uris")) {
                ObjectNode attributes = (ObjectNode) client.get("attributes");
                String[] uris = attributes.get("post.logout.redirect.uris").asText().split("##");
                Set<String> mapped = new LinkedHashSet<>();
                for (String uri : uris) {
                    mapped.add(publicUri(uri, publicOrigin));
                }
                attributes.put("post.logout.redirect.uris", String.join("##", mapped));
            }
            if (client.has("secret")) {
                client.put("secret", "${" + placeholder(client.get("clientId").asText()) + "}");
            }
        }
        if (users.isEmpty()) {
            realm.remove("users");
        }
        return realm;
    }

    /** A local URI (http://127.0.0.1:8080/*) on the public origin (https://newsgraph.example.org/*). */
    static String publicUri(String uri, String publicOrigin) {
        return uri.replaceFirst("^https?://(127\\.0\\.0\\.1|localhost)(:\\d+)?", publicOrigin);
    }

    /** base/realm-import.yaml as it must read: the KeycloakRealmImport of {@link #derive}. */
    static String realmImport(String publicOrigin) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));
        ObjectNode realm = derive(publicOrigin);
        ObjectNode object = yaml.createObjectNode();
        object.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        object.put("kind", "KeycloakRealmImport");
        ObjectNode metadata = object.putObject("metadata");
        metadata.put("name", realm.get("realm").asText());
        metadata.putObject("labels").put("app.kubernetes.io/part-of", "newsgraph");
        ObjectNode spec = object.putObject("spec");
        spec.put("keycloakCRName", "keycloak");
        ObjectNode placeholders = spec.putObject("placeholders");
        for (JsonNode client : realm.path("clients")) {
            if (client.has("secret")) {
                String clientId = client.get("clientId").asText();
                placeholders.putObject(placeholder(clientId)).putObject("secret")
                        .put("name", secretName(clientId)).put("key", "secret");
            }
        }
        spec.set("realm", realm);
        try {
            return """
                    # GENERATED from deploy/keycloak/newsroom-realm.json by deploy/k8s's ProductionRealm (do not edit):
                    # the local realm without demo users and password logins, with the public host's URIs,
                    # and each confidential client's secret taken from the Secret <client>-client (README).
                    # Regenerate: ./mvnw -B verify -pl deploy/k8s -Dnewsgraph.k8s.write-realm=true
                    """ + yaml.writeValueAsString(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(String publicOrigin) {
        try {
            Files.writeString(REALM_IMPORT, realmImport(publicOrigin));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
