package org.newsgraph.local;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * No password, secret or database credential has a default in the packaged services (the
 * production profile): each one refuses to start without it and says which variable is missing,
 * rather than starting with the local stack's well-known values.
 */
class ProductionSecretsIT {

    private static final Settings SETTINGS = Settings.parse(List.of(),
            Map.of("NEWSGRAPH_REPO", System.getProperty("newsgraph.repo", "")));

    @Test
    void aServiceWithoutItsDatabasePasswordDoesNotStartAndNamesIt() throws Exception {
        for (String service : List.of("entity-service", "event-service", "quote-service")) {
            String output = start(service, Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/nothing",
                    "QUARKUS_DATASOURCE_USERNAME", "newsgraph"));
            assertTrue(output.contains("QUARKUS_DATASOURCE_PASSWORD"), service + " said:\n" + output);
        }
    }

    @Test
    void aServiceWithoutItsDatabaseUserDoesNotStartAndNamesIt() throws Exception {
        String output = start("entity-service", Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/nothing",
                "QUARKUS_DATASOURCE_PASSWORD", "secret"));
        assertTrue(output.contains("QUARKUS_DATASOURCE_USERNAME"), output);
    }

    @Test
    void theGatewayWithoutItsClientSecretDoesNotStartAndNamesIt() throws Exception {
        String output = start("gateway", Map.of());
        assertTrue(output.contains("QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET"), output);
    }

    /** Starts the packaged service with only the given variables (and a port and a realm); returns what it printed, once it has ended. */
    private static String start(String service, Map<String, String> variables) throws IOException, InterruptedException {
        Path log = Files.createTempFile(service, ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-jar", SETTINGS.serviceJar(service).toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("NEWSGRAPH_"));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        builder.environment().put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:1/realms/newsroom");
        builder.environment().putAll(variables);
        Process process = builder.start();
        try {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), service + " kept running without its secret");
            assertNotEquals(0, process.exitValue(), service + " ended as if all was well");
            return Files.readString(log, StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
