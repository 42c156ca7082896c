package org.newsgraph.event.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.newsgraph.platform.testing.StandIn;

/**
 * entity-service's batch lookup, stood in by platform's {@link StandIn} so that tests can make it
 * answer, fail or hang on demand. The real entity-service is used by deploy/local's tests.
 */
public final class EntityServiceStandIn {

    static final StandIn SERVER = new StandIn("entity-service");
    private static final Map<UUID, Map<String, Object>> RECORDS = new ConcurrentHashMap<>();
    private static final Map<UUID, UUID> MERGED = new ConcurrentHashMap<>();
    private static volatile int refusing;

    static {
        SERVER.on("GET", "/entities/lookup", request -> refusing != 0
                ? StandIn.Answer.problem(refusing, refusing == 401 ? "UNAUTHENTICATED" : "FORBIDDEN", "refused",
                        null, null)
                : StandIn.Answer.ok(lookup(request)));
    }

    private static Map<String, Object> lookup(StandIn.Request request) {
        List<Map<String, Object>> entities = new ArrayList<>();
        Map<String, String> redirects = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String raw : request.ids("ids")) {
            UUID asked = UUID.fromString(raw);
            UUID id = MERGED.getOrDefault(asked, asked);
            Map<String, Object> record = RECORDS.get(id);
            if (record == null) {
                missing.add(raw);
                continue;
            }
            if (!id.equals(asked)) {
                redirects.put(raw, id.toString());
            }
            entities.add(record);
        }
        return Map.of("entities", entities, "redirects", redirects, "missing", missing);
    }

    /**
     * From now on entity-service refuses the caller with this status (401 or 403), as it does a token
     * or a role it does not accept; 0 ends it.
     */
    public static void refuse(int status) {
        refusing = status;
    }

    private EntityServiceStandIn() {
    }

    /** Makes entity-service know a record of this kind; returns its id. */
    public static UUID add(String kind, String name) {
        UUID id = UUID.randomUUID();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", id.toString());
        record.put("kind", kind);
        record.put("name", name);
        RECORDS.put(id, record);
        return id;
    }

    public static UUID person(String name) {
        return add("PERSON", name);
    }

    public static UUID place(String name) {
        return add("PLACE", name);
    }

    /** Makes {@code duplicate} a merged duplicate of {@code survivor}. */
    public static void merge(UUID duplicate, UUID survivor) {
        MERGED.put(duplicate, survivor);
    }

    public static void mode(StandIn.Mode mode) {
        SERVER.mode(mode);
    }

    public static int calls() {
        return SERVER.calls();
    }

    public static String lastAuthorization() {
        return SERVER.lastAuthorization();
    }
}
