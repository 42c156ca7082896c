package org.newsgraph.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * How the local stack runs: where, on which ports, against which PostgreSQL and Keycloak. Each
 * value comes from a flag ({@code --postgres-port=15432} or {@code --postgres-port 15432}), else
 * from the matching environment variable ({@code NEWSGRAPH_POSTGRES_PORT}), else from the fixed
 * default documented in deploy/local/README.md.
 */
public record Settings(
        Path repository,
        Path workDirectory,
        boolean fresh,
        int postgresPort,
        Optional<String> externalPostgres,
        String databaseUser,
        String databasePassword,
        int keycloakPort,
        Optional<String> externalKeycloak,
        String keycloakAdmin,
        String keycloakAdminPassword,
        Optional<String> gatewaySecret,
        Map<String, Integer> servicePorts,
        Map<String, Integer> managementPorts,
        String serviceJavaOptions,
        Optional<Path> serviceJdk,
        Duration startTimeout,
        Optional<String> otlpEndpoint) {

    public static final String REALM = "newsroom";
    /** The realm's client of the gateway: the audience every service requires, and the gateway's service account. */
    public static final String GATEWAY_CLIENT = "newsgraph-gateway";
    public static final String KEYCLOAK_VERSION = buildProperty("keycloak.version");

    /**
     * A heap of up to 256 MiB that starts at 16 MiB, with the JVM's default collector (G1), and the C
     * library's free memory given back every 5 s: glibc keeps what the JVM freed after its start (class
     * loading, compilations) in its arenas otherwise, 25–30 MiB per service (docs/measurements.md, "Start
     * time and memory of each service"). Without {@code -Xms} the JVM starts the heap at 1/64 of the
     * machine's memory (the whole 256 MiB on a 24 GiB machine) and G1 touches all of it within the first
     * collections: 30–80 MiB more per service after a few hundred reads, for no throughput that shows. The
     * serial collector is smaller still after the demo load but keeps its whole heap under sustained load
     * (the gateway 420 MiB against G1's 291): not the default. The trim option needs JDK 17.0.9 or later.
     */
    static final String DEFAULT_SERVICE_JAVA_OPTIONS = "-Xms16m -Xmx256m -XX:TrimNativeHeapInterval=5000";
    /** Every option: its flag (without the dashes), what it means and its default, for --help. */
    static final Map<String, String> OPTIONS = options();

    private static Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("work-dir", "working folder: data, logs, pid files (default: deploy/local/work)");
        options.put("fresh", "start from empty: delete the PostgreSQL and Keycloak data first");
        options.put("postgres-port", "port of the embedded PostgreSQL (default: 15432)");
        options.put("postgres-url", "use this PostgreSQL instead of the embedded one, e.g. jdbc:postgresql://db:5432");
        options.put("postgres-user", "database user of every service (default: newsgraph)");
        options.put("postgres-password", "its password (default: newsgraph)");
        options.put("keycloak-port", "port of the local Keycloak (default: 8180)");
        options.put("keycloak-url", "use this realm instead of the local Keycloak, e.g. https://sso.example.org/realms/newsroom");
        options.put("keycloak-admin", "the local Keycloak's admin user, created on its first start (default: admin)");
        options.put("keycloak-admin-password", "its password (default: admin)");
        options.put("gateway-client-secret", "secret of the realm's newsgraph-gateway client, with which the gateway administers users (default: the one in the realm file)");
        for (Services.Service service : Services.ALL) {
            options.put(service.name() + "-port", "port of " + service.name() + " (default: " + service.defaultPort() + ")");
            options.put(service.name() + "-management-port", "port of its health and metrics (default: "
                    + service.defaultManagementPort() + ")");
        }
        options.put("service-java-opts", "JVM options for every service (default: " + DEFAULT_SERVICE_JAVA_OPTIONS + ")");
        options.put("service-jdk", "JDK the services run on (default: a service packaged as aot-jar, as run.sh builds it, on "
                + ServiceJvm.JDK_25 + " when it is there, with the JDK's AOT cache; otherwise the launcher's JDK)");
        options.put("start-timeout", "seconds to wait for each part to be ready (default: 240)");
        options.put("otlp-endpoint", "send traces to this OpenTelemetry collector (OTLP/HTTP), e.g. http://127.0.0.1:4318 (default: no tracing)");
        options.put("repo", "the repository's root folder (default: found from the launcher's own location)");
        return options;
    }

    public static Settings parse(List<String> arguments, Map<String, String> environment) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + argument + "'");
            }
            String name = argument.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!OPTIONS.containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (value == null) {
                if (name.equals("fresh")) {
                    value = "true";
                } else if (i + 1 < arguments.size()) {
                    value = arguments.get(++i);
                } else {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
            }
            given.put(name, value);
        }
        Lookup lookup = new Lookup(given, environment);

        Path repository = lookup.value("repo").map(Path::of).orElseGet(Settings::findRepository).toAbsolutePath().normalize();
        Path work = lookup.value("work-dir").map(Path::of).orElse(repository.resolve("deploy/local/work"));
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        Map<String, Integer> managementPorts = new LinkedHashMap<>();
        for (Services.Service service : Services.ALL) {
            servicePorts.put(service.name(), lookup.port(service.name() + "-port", service.defaultPort()));
            managementPorts.put(service.name(), lookup.port(service.name() + "-management-port",
                    service.defaultManagementPort()));
        }
        return new Settings(
                repository,
                work.toAbsolutePath().normalize(),
                lookup.value("fresh").map(Boolean::parseBoolean).orElse(false),
                lookup.port("postgres-port", 15432),
                lookup.value("postgres-url").map(Settings::withoutTrailingSlash),
                lookup.value("postgres-user").orElse("newsgraph"),
                lookup.value("postgres-password").orElse("newsgraph"),
                lookup.port("keycloak-port", 8180),
                lookup.value("keycloak-url").map(Settings::withoutTrailingSlash),
                lookup.value("keycloak-admin").orElse("admin"),
                lookup.value("keycloak-admin-password").orElse("admin"),
                lookup.value("gateway-client-secret"),
                Map.copyOf(servicePorts),
                Map.copyOf(managementPorts),
                lookup.value("service-java-opts").orElse(DEFAULT_SERVICE_JAVA_OPTIONS),
                lookup.value("service-jdk").map(Path::of),
                Duration.ofSeconds(lookup.number("start-timeout", 240)),
                lookup.value("otlp-endpoint").map(Settings::withoutTrailingSlash));
    }

    /** The same settings on other ports, in another working folder, maybe fresh: for tests. */
    public Settings with(Path workDirectory, boolean fresh, int postgresPort, int keycloakPort,
            Map<String, Integer> servicePorts, Map<String, Integer> managementPorts) {
        return new Settings(repository, workDirectory, fresh, postgresPort, externalPostgres, databaseUser,
                databasePassword, keycloakPort, externalKeycloak, keycloakAdmin, keycloakAdminPassword,
                gatewaySecret, Map.copyOf(servicePorts), Map.copyOf(managementPorts), serviceJavaOptions, serviceJdk, startTimeout,
                otlpEndpoint);
    }

    /** The same settings, sending traces to this collector (OTLP/HTTP). */
    public Settings tracingTo(String endpoint) {
        return new Settings(repository, workDirectory, fresh, postgresPort, externalPostgres, databaseUser,
                databasePassword, keycloakPort, externalKeycloak, keycloakAdmin, keycloakAdminPassword,
                gatewaySecret, servicePorts, managementPorts, serviceJavaOptions, serviceJdk, startTimeout, Optional.of(endpoint));
    }

    /** The same settings, keeping the data this time (a restart). */
    public Settings keepingData() {
        return new Settings(repository, workDirectory, false, postgresPort, externalPostgres, databaseUser,
                databasePassword, keycloakPort, externalKeycloak, keycloakAdmin, keycloakAdminPassword,
                gatewaySecret, servicePorts, managementPorts, serviceJavaOptions, serviceJdk, startTimeout, otlpEndpoint);
    }

    public int servicePort(String service) {
        return servicePorts.get(service);
    }

    public String serviceUrl(String service) {
        return "http://127.0.0.1:" + servicePort(service);
    }

    public int managementPort(String service) {
        return managementPorts.get(service);
    }

    /** Where a service's health ({@code /q/health}) and metrics ({@code /q/metrics}) are. */
    public String managementUrl(String service) {
        return "http://127.0.0.1:" + managementPort(service);
    }

    /**
     * The realm URL, which is also the tokens' issuer. Always 127.0.0.1 for the local Keycloak:
     * Keycloak in dev mode takes the issuer from the host name it was called by, and a service
     * refuses a token whose issuer is not the one it was configured with.
     */
    public String issuer() {
        return externalKeycloak.orElse(keycloakUrl() + "/realms/" + REALM);
    }

    public String keycloakUrl() {
        return externalKeycloak.map(url -> url.replaceFirst("/realms/[^/]+$", ""))
                .orElse("http://127.0.0.1:" + keycloakPort);
    }

    public String jdbcUrl(String database) {
        return externalPostgres.orElse("jdbc:postgresql://127.0.0.1:" + postgresPort) + "/" + database;
    }

    public Path keycloakHome() {
        return repository.resolve("deploy/local/target/keycloak/keycloak-" + KEYCLOAK_VERSION);
    }

    /**
     * The secret of the gateway's client, with which it administers the realm's users (its
     * service account): the one given, or the local-only one the realm file sets.
     */
    public String gatewayClientSecret() {
        return gatewaySecret.orElseGet(() -> LocalKeycloak.clientSecret(realmFile(), GATEWAY_CLIENT));
    }

    public Path realmFile() {
        return repository.resolve("deploy/keycloak/" + REALM + "-realm.json");
    }

    public Path serviceJar(String service) {
        return repository.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public Path postgresData() {
        return workDirectory.resolve("postgres");
    }

    /** Keycloak's own database (H2 in dev mode) lives here, not in the unpacked distribution. */
    public Path keycloakData() {
        return workDirectory.resolve("keycloak");
    }

    /** The services' AOT caches (JDK 25+), one per service, made by a service's first start. */
    public Path aotCaches() {
        return workDirectory.resolve("aot");
    }

    public Path logs() {
        return workDirectory.resolve("logs");
    }

    /** Pid files of the launcher and of every process it started, for the stop command. */
    public Path pids() {
        return workDirectory.resolve("run");
    }

    /** The repository folder: the one above deploy/local that holds the launcher's classes or jar. */
    static Path findRepository() {
        try {
            Path location = Path.of(Settings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path folder = location; folder != null; folder = folder.getParent()) {
                if (Files.isRegularFile(folder.resolve("deploy/local/pom.xml"))) {
                    return folder;
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String buildProperty(String name) {
        Properties properties = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("/local-stack.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty(name);
    }

    /** The environment variable that stands for a flag: --postgres-port is NEWSGRAPH_POSTGRES_PORT. */
    static String environmentVariable(String option) {
        return "NEWSGRAPH_" + option.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    static String usage() {
        List<String> lines = new ArrayList<>();
        lines.add("usage: deploy/local/run.sh [start] [options]   start the suite and wait (Ctrl-C stops it)");
        lines.add("       deploy/local/run.sh stop [--work-dir DIR]   stop a stack started from another terminal");
        lines.add("       deploy/local/run.sh status [--work-dir DIR]");
        lines.add("");
        lines.add("options (each also read from the environment variable shown):");
        OPTIONS.forEach((name, meaning) -> lines.add(String.format("  --%-26s %-34s %s", name, environmentVariable(name), meaning)));
        return String.join(System.lineSeparator(), lines);
    }

    private record Lookup(Map<String, String> given, Map<String, String> environment) {

        Optional<String> value(String option) {
            String value = given.get(option);
            if (value == null) {
                value = environment.get(environmentVariable(option));
            }
            return Optional.ofNullable(value).filter(v -> !v.isBlank());
        }

        int port(String option, int fallback) {
            int port = (int) number(option, fallback);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("--" + option + " must be a port number, not " + port);
            }
            return port;
        }

        long number(String option, long fallback) {
            Optional<String> value = value(option);
            try {
                return value.map(Long::parseLong).orElse(fallback);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + option + " must be a number, not '" + value.get() + "'");
            }
        }
    }
}
