package org.newsgraph.quote.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.platform.testing.StandIn;

/**
 * Stand-ins for entity-service and event-service, answering their batch lookups and entity
 * search in the shapes the real services use. Records made here exist only in the stand-ins;
 * drafts are hidden from callers whose token is a viewer's, as the real services hide them.
 */
public final class OtherServices {

    public static final StandIn ENTITIES = new StandIn("entity-service");
    public static final StandIn EVENTS = new StandIn("event-service");

    private static final Map<UUID, Map<String, Object>> entities = new ConcurrentHashMap<>();
    private static final Map<UUID, UUID> mergedInto = new ConcurrentHashMap<>();
    private static final Map<UUID, Map<String, Object>> events = new ConcurrentHashMap<>();
    private static final Map<UUID, Map<String, Object>> stories = new ConcurrentHashMap<>();
    private static boolean started;

    private OtherServices() {
    }

    public static synchronized void start() {
        if (started) {
            return;
        }
        ENTITIES.on("/entities/lookup", (request, standIn) -> {
            List<Object> found = new ArrayList<>();
            Map<String, String> redirects = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            for (String asked : ids(request)) {
                UUID id = parse(asked);
                UUID survivor = id == null ? null : mergedInto.getOrDefault(id, id);
                if (survivor == null || !entities.containsKey(survivor)) {
                    missing.add(asked);
                    continue;
                }
                if (!survivor.equals(id)) {
                    redirects.put(asked, survivor.toString());
                }
                found.add(entities.get(survivor));
            }
            return Map.of("entities", found, "redirects", redirects, "missing", missing);
        });
        ENTITIES.on("/entities/search", (request, standIn) -> {
            String q = request.query().getOrDefault("q", "").toLowerCase(Locale.ROOT).strip();
            String kind = request.query().get("kind");
            List<Object> edges = new ArrayList<>();
            for (Map<String, Object> entity : entities.values()) {
                if (kind != null && !kind.equals(entity.get("kind"))) {
                    continue;
                }
                if (matches(entity, q)) {
                    edges.add(Map.of("cursor", "c" + edges.size(), "node", entity));
                }
            }
            return Map.of("edges", edges, "pageInfo", Map.of("hasNextPage", false));
        });
        ENTITIES.on("/affiliations/holders", (request, standIn) -> {
            List<Object> holders = new ArrayList<>();
            for (String asked : request.query().getOrDefault("roles", "").split(",")) {
                String[] role = asked.toLowerCase(Locale.ROOT).strip().split("@");
                for (Map<String, Object> entity : entities.values()) {
                    Object nationality = entity.get("person") == null ? null
                            : ((Map<?, ?>) entity.get("person")).get("nationality");
                    for (Object affiliation : (List<?>) entity.getOrDefault("currentAffiliations", List.of())) {
                        String title = (String) ((Map<?, ?>) affiliation).get("title");
                        if (title.toLowerCase(Locale.ROOT).contains(role[0])
                                && (role.length == 1 || role[1].equalsIgnoreCase(String.valueOf(nationality)))) {
                            holders.add(Map.of("person", entity, "title", title));
                        }
                    }
                }
            }
            return holders;
        });
        EVENTS.on("/events/lookup", (request, standIn) -> visible(request, events, "events"));
        EVENTS.on("/stories/lookup", (request, standIn) -> visible(request, stories, "stories"));
        ENTITIES.start();
        EVENTS.start();
        started = true;
    }

    /** Everything back to normal: both services up, their circuit breakers closed, requests forgotten (records stay). */
    public static void reset() {
        ENTITIES.mode(StandIn.Mode.UP);
        EVENTS.mode(StandIn.Mode.UP);
        io.quarkus.arc.Arc.container().instance(io.smallrye.faulttolerance.api.CircuitBreakerMaintenance.class).get()
                .resetAll();
        ENTITIES.forget();
        EVENTS.forget();
    }

    // ---- records --------------------------------------------------------------------------

    /** A person with a current affiliation title (or none) and aliases. */
    public static String person(String name, String nationality, String title, String... aliases) {
        UUID id = UUID.randomUUID();
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", id.toString());
        entity.put("kind", "PERSON");
        entity.put("name", name);
        List<Object> aliasList = new ArrayList<>();
        for (String alias : aliases) {
            aliasList.add(Map.of("name", alias));
        }
        entity.put("aliases", aliasList);
        entity.put("archived", false);
        entity.put("version", 0);
        entity.put("person", Map.of("nationality", nationality == null ? "" : nationality));
        entity.put("currentAffiliations", title == null ? List.of()
                : List.of(Map.of("id", UUID.randomUUID().toString(), "title", title,
                        "organisationId", UUID.randomUUID().toString(), "current", true)));
        entities.put(id, entity);
        return id.toString();
    }

    public static String person(String name) {
        return person(name, null, null);
    }

    public static String entity(String kind, String name) {
        UUID id = UUID.randomUUID();
        entities.put(id, new LinkedHashMap<>(Map.of("id", id.toString(), "kind", kind, "name", name,
                "aliases", List.of(), "archived", false, "version", 0)));
        return id.toString();
    }

    /** The duplicate answers with the survivor from now on, as entity-service does after a merge. */
    public static void merge(String duplicate, String survivor) {
        mergedInto.put(UUID.fromString(duplicate), UUID.fromString(survivor));
        entities.remove(UUID.fromString(duplicate));
    }

    public static String story(String title, boolean draft) {
        UUID id = UUID.randomUUID();
        stories.put(id, Map.of("id", id.toString(), "slug", title.toLowerCase(Locale.ROOT).replace(' ', '-'),
                "title", title, "state", draft ? "DRAFT" : "PUBLISHED"));
        return id.toString();
    }

    public static String story(String title) {
        return story(title, false);
    }

    /** An editor publishes the story or event in event-service. */
    public static void publish(String storyOrEventId) {
        UUID id = UUID.fromString(storyOrEventId);
        for (Map<UUID, Map<String, Object>> records : List.of(stories, events)) {
            records.computeIfPresent(id, (key, record) -> {
                Map<String, Object> published = new LinkedHashMap<>(record);
                published.put("state", "PUBLISHED");
                return published;
            });
        }
    }

    /** An event of a story at a local time in a zone (MINUTE precision), optionally approximate. */
    public static String event(String storyId, String title, String date, String time, String zone,
            boolean approximate, boolean draft) {
        UUID id = UUID.randomUUID();
        Map<String, Object> reported = new LinkedHashMap<>();
        reported.put("date", date);
        reported.put("time", time);
        reported.put("zone", zone);
        reported.put("precision", "MINUTE");
        reported.put("approximate", approximate);
        Instant startsAt = java.time.LocalDateTime.parse(date + "T" + time).atZone(java.time.ZoneId.of(zone))
                .toInstant();
        events.put(id, Map.of("id", id.toString(), "storyId", storyId, "title", title,
                "state", draft ? "DRAFT" : "PUBLISHED", "time", reported, "startsAt", startsAt.toString()));
        return id.toString();
    }

    public static String event(String storyId, String title) {
        return event(storyId, title, "2025-08-15", "11:30", "America/Anchorage", false, false);
    }

    // ---- internals ------------------------------------------------------------------------

    private static Map<String, Object> visible(StandIn.Request request, Map<UUID, Map<String, Object>> records,
            String listName) {
        List<Object> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String asked : ids(request)) {
            UUID id = parse(asked);
            Map<String, Object> record = id == null ? null : records.get(id);
            if (record == null || "DRAFT".equals(record.get("state")) && !request.seesDrafts()) {
                missing.add(asked);
            } else {
                found.add(record);
            }
        }
        return Map.of(listName, found, "missing", missing);
    }

    private static boolean matches(Map<String, Object> entity, String q) {
        List<String> names = new ArrayList<>();
        names.add(((String) entity.get("name")).toLowerCase(Locale.ROOT));
        for (Object alias : (List<?>) entity.get("aliases")) {
            names.add(((String) ((Map<?, ?>) alias).get("name")).toLowerCase(Locale.ROOT));
        }
        for (String name : names) {
            String[] words = name.split(" ");
            if (name.contains(q) || q.contains(words[words.length - 1])) {
                return true;
            }
        }
        return false;
    }

    private static List<String> ids(StandIn.Request request) {
        String raw = request.query().getOrDefault("ids", "");
        return raw.isBlank() ? List.of() : List.of(raw.split(","));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
