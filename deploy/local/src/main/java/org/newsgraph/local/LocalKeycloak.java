package org.newsgraph.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real Keycloak (the keycloak-quarkus-dist zip from Maven Central, unpacked by this module's
 * build into target/keycloak) in dev mode on 127.0.0.1, importing the newsroom realm file.
 */
final class LocalKeycloak {

    static final String NAME = "keycloak";
    /** The editor UI's address as the realm file gives it: the gateway on its default port. */
    static final String REALM_FILE_UI_ORIGIN = "http://127.0.0.1:8080";

    private LocalKeycloak() {
    }

    /**
     * Starts Keycloak; returns at once (see {@link #readinessUrl}). Its database (H2, dev mode)
     * is kept in the working folder ({@code --db-url-path}), so users, sessions and signing keys
     * survive a restart. The realm is imported on the first start only: Keycloak skips a realm
     * that already exists, so a changed realm file takes effect with {@code --fresh}.
     */
    static ChildProcess start(Settings settings, String java) throws StartupException {
        Path home = settings.keycloakHome();
        Path log = settings.logs().resolve(NAME + ".log");
        Path kcSh = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw new StartupException(NAME, null, "is not unpacked at " + home
                    + "; build first: ./mvnw -B package -DskipTests -pl deploy/local -am");
        }
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            // The editor UI is served by the gateway: its address is a redirect URI and web origin
            // of the UI's client, and the realm file names the gateway's default one.
            String realm = Files.readString(settings.realmFile(), StandardCharsets.UTF_8)
                    .replace(REALM_FILE_UI_ORIGIN, settings.serviceUrl(Services.GATEWAY));
            Files.writeString(imports.resolve(settings.realmFile().getFileName()), realm, StandardCharsets.UTF_8);
            Files.createDirectories(settings.keycloakData());
        } catch (IOException e) {
            throw new StartupException(NAME, log, "could not be prepared: " + e);
        }
        List<String> command = List.of("sh", kcSh.toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + settings.keycloakPort(),
                "--import-realm",
                "--db-url-path=" + settings.keycloakData());
        Map<String, String> environment = Map.of(
                "JAVA", java,
                "KC_BOOTSTRAP_ADMIN_USERNAME", settings.keycloakAdmin(),
                "KC_BOOTSTRAP_ADMIN_PASSWORD", settings.keycloakAdminPassword());
        return ChildProcess.start(NAME, command, environment, settings.keycloakData(), log,
                settings.pids().resolve(NAME + ".pid"));
    }

    static boolean isFirstStart(Settings settings) {
        return !Files.isDirectory(settings.keycloakData().resolve("data/h2"));
    }

    /** The secret a client has in the realm file (the file is the one place the local secrets are written). */
    static String clientSecret(Path realmFile, String clientId) {
        try {
            for (JsonNode client : new ObjectMapper().readTree(realmFile.toFile()).path("clients")) {
                if (client.path("clientId").asText().equals(clientId) && client.hasNonNull("secret")) {
                    return client.get("secret").asText();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the realm file " + realmFile, e);
        }
        throw new IllegalStateException("the realm file " + realmFile + " gives client " + clientId + " no secret");
    }

    /** Answers 200 once Keycloak is up and the realm is there. */
    static String readinessUrl(Settings settings) {
        return settings.issuer() + "/.well-known/openid-configuration";
    }
}
