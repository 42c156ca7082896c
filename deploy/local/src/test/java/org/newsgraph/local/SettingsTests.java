package org.newsgraph.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SettingsTests {

    private static final Map<String, String> REPO = Map.of("NEWSGRAPH_REPO", "/src/newsgraph");

    @Test
    void defaultsAreTheDocumentedPorts() {
        Settings settings = Settings.parse(List.of(), REPO);

        assertEquals(15432, settings.postgresPort());
        assertEquals(8180, settings.keycloakPort());
        assertEquals(8081, settings.servicePort("entity-service"));
        assertEquals(9081, settings.managementPort("entity-service"));
        assertEquals("http://127.0.0.1:9080", settings.managementUrl("gateway"));
        assertEquals(Optional.empty(), settings.otlpEndpoint());
        assertEquals(Path.of("/src/newsgraph/deploy/local/work"), settings.workDirectory());
        assertFalse(settings.fresh());
        assertEquals("http://127.0.0.1:8180/realms/newsroom", settings.issuer());
        assertEquals("jdbc:postgresql://127.0.0.1:15432/entities", settings.jdbcUrl("entities"));
        assertEquals(Path.of("/src/newsgraph/entity-service/target/quarkus-app/quarkus-run.jar"),
                settings.serviceJar("entity-service"));
        assertEquals(Path.of("/src/newsgraph/deploy/local/target/keycloak/keycloak-" + Settings.KEYCLOAK_VERSION),
                settings.keycloakHome());
        assertFalse(Settings.KEYCLOAK_VERSION.contains("$"), "the build fills in the Keycloak version");
    }

    @Test
    void aFlagWinsOverItsEnvironmentVariable() {
        Map<String, String> environment = Map.of(
                "NEWSGRAPH_REPO", "/src/newsgraph",
                "NEWSGRAPH_KEYCLOAK_PORT", "9180",
                "NEWSGRAPH_ENTITY_SERVICE_PORT", "9081",
                "NEWSGRAPH_FRESH", "true");

        Settings settings = Settings.parse(List.of("--keycloak-port=7180", "--postgres-port", "7432"), environment);

        assertEquals(7180, settings.keycloakPort());
        assertEquals(7432, settings.postgresPort());
        assertEquals(9081, settings.servicePort("entity-service"));
        assertTrue(settings.fresh());
        assertEquals("http://127.0.0.1:7180/realms/newsroom", settings.issuer());
    }

    @Test
    void externalPostgresAndKeycloakReplaceTheLocalOnes() {
        Settings settings = Settings.parse(List.of(
                "--postgres-url=jdbc:postgresql://db.example.org:5432/",
                "--keycloak-url", "https://sso.example.org/realms/newsroom"), REPO);

        assertEquals(Optional.of("jdbc:postgresql://db.example.org:5432"), settings.externalPostgres());
        assertEquals("jdbc:postgresql://db.example.org:5432/entities", settings.jdbcUrl("entities"));
        assertEquals("https://sso.example.org/realms/newsroom", settings.issuer());
        assertEquals("https://sso.example.org", settings.keycloakUrl());
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThrows(IllegalArgumentException.class, () -> Settings.parse(List.of("--postgress-port=1"), REPO));
        assertThrows(IllegalArgumentException.class, () -> Settings.parse(List.of("--keycloak-port=abc"), REPO));
        assertThrows(IllegalArgumentException.class, () -> Settings.parse(List.of("--keycloak-port=70000"), REPO));
        assertThrows(IllegalArgumentException.class, () -> Settings.parse(List.of("--work-dir"), REPO));
        assertThrows(IllegalArgumentException.class, () -> Settings.parse(List.of("start"), REPO));
    }

    @Test
    void everyServiceHasItsPortOptionAndItsUrlVariable() {
        for (Services.Service service : Services.ALL) {
            assertTrue(Settings.OPTIONS.containsKey(service.name() + "-port"));
            assertTrue(Settings.OPTIONS.containsKey(service.name() + "-management-port"));
        }
        assertEquals("QUARKUS_REST_CLIENT_ENTITY_SERVICE_URL", Services.named("entity-service").orElseThrow().urlVariable());
    }
}
