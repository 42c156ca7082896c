package org.newsgraph.local;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every service of the repository that the local stack starts, in start order. A new service
 * adds one line here: its module folder (which is also its name), its fixed default port, the
 * port of its management interface (health and metrics; the one in its application.properties),
 * and the database it owns, if any. The stack creates that database, starts the service from
 * {@code <module>/target/quarkus-app/quarkus-run.jar} and passes it every other service's URL as
 * {@code QUARKUS_REST_CLIENT_<NAME>_URL}, so a typed REST client whose config key is the service
 * name ({@code quarkus.rest-client.entity-service.url}) finds it.
 */
public final class Services {

    public static final List<Service> ALL = List.of(
            new Service("entity-service", 8081, 9081, "entities"),
            new Service("event-service", 8082, 9082, "events"),
            new Service("quote-service", 8083, 9083, "quotes"),
            new Service("gateway", 8080, 9080, null));

    /** The service the newsroom's clients talk to; it also administers users through Keycloak. */
    public static final String GATEWAY = "gateway";

    private Services() {
    }

    public static Optional<Service> named(String name) {
        return ALL.stream().filter(service -> service.name().equals(name)).findFirst();
    }

    /**
     * @param name the module folder and the name used in logs, flags ({@code --entity-service-port})
     *        and environment variables ({@code NEWSGRAPH_ENTITY_SERVICE_PORT})
     * @param defaultPort the port it listens on unless told otherwise
     * @param defaultManagementPort the port of its health and metrics unless told otherwise
     * @param database the PostgreSQL database it owns, or {@code null} for none
     */
    public record Service(String name, int defaultPort, int defaultManagementPort, String database) {

        public Optional<String> ownDatabase() {
            return Optional.ofNullable(database);
        }

        /** The environment variable through which the other services find this one. */
        public String urlVariable() {
            return "QUARKUS_REST_CLIENT_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
        }
    }
}
