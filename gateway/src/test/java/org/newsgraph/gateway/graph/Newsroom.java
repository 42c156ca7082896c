package org.newsgraph.gateway.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.newsgraph.platform.testing.StandIn;
import org.newsgraph.platform.testing.StandIn.Answer;
import org.newsgraph.platform.testing.StandIn.Request;

/** What the stand-in services know: people, places, stories and events, answered like the real ones. */
public final class Newsroom {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, Map<String, Object>> ENTITIES = new ConcurrentHashMap<>();
    static final Map<String, Map<String, Object>> STORIES = new ConcurrentHashMap<>();
    static final Map<String, Map<String, Object>> EVENTS = new ConcurrentHashMap<>();

    static final Map<String, Map<String, Object>> QUOTES = new ConcurrentHashMap<>();
    public static final StandIn ENTITY_SERVICE = new StandIn("entity-service");
    public static final StandIn EVENT_SERVICE = new StandIn("event-service");
    public static final StandIn QUOTE_SERVICE = new StandIn("quote-service");

    static {
        ENTITY_SERVICE.otherwise(Newsroom::entityService);
        EVENT_SERVICE.otherwise(Newsroom::eventService);
        QUOTE_SERVICE.otherwise(Newsroom::quoteService);
    }

    private Newsroom() {
    }

    static String person(String name) {
        return entity("PERSON", name, Map.of("person", Map.of("nationality", "US")));
    }

    static String place(String name, String zone) {
        return entity("PLACE", name, Map.of("place", Map.of("timeZone", zone, "country", "US")));
    }

    static String entity(String kind, String name, Map<String, Object> details) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> record = new LinkedHashMap<>(Map.of("id", id, "kind", kind, "name", name,
                "aliases", List.of(), "archived", false, "version", 0));
        record.putAll(details);
        ENTITIES.put(id, record);
        return id;
    }

    static String story(String title) {
        String id = UUID.randomUUID().toString();
        STORIES.put(id, new LinkedHashMap<>(Map.of("id", id, "title", title, "slug", "s-" + id.substring(0, 8),
                "state", "PUBLISHED", "version", 0)));
        return id;
    }

    static String event(String storyId, String title, String date, String time, String placeId,
            List<Map<String, Object>> participants) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> when = new LinkedHashMap<>();
        when.put("date", date);
        if (time != null) {
            when.put("time", time);
        }
        when.put("zone", "America/Anchorage");
        when.put("precision", time == null ? "DAY" : "MINUTE");
        when.put("approximate", false);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("storyId", storyId);
        event.put("title", title);
        event.put("kind", "OTHER");
        event.put("occurrence", "OCCURRED");
        event.put("state", "PUBLISHED");
        event.put("time", when);
        event.put("placeId", placeId);
        event.put("participants", participants);
        event.put("relations", new ArrayList<>());
        event.put("sources", List.of());
        event.put("version", 0);
        EVENTS.put(id, event);
        return id;
    }

    /** A story of {@code size} events at one place, each with two participants, each following the one before. */
    static String storyOf(int size) {
        String story = story("Story of " + size);
        String place = place("Anchorage", "America/Anchorage");
        String previous = null;
        for (int i = 0; i < size; i++) {
            String a = person("Person A" + i);
            String b = person("Person B" + i);
            String id = event(story, "Event " + i, "2025-08-15", String.format("%02d:%02d", 8 + i / 60, i % 60), place,
                    List.of(Map.of("entityId", a, "role", "HOST"), Map.of("entityId", b, "role", "PARTICIPANT")));
            if (previous != null) {
                relate(id, "FOLLOWS", previous);
            }
            previous = id;
        }
        return story;
    }

    static String quote(String storyId, String eventId, String speakerId, String text) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("id", id);
        quote.put("text", text);
        quote.put("kind", "DIRECT");
        quote.put("speakerId", speakerId);
        quote.put("storyId", storyId);
        quote.put("eventId", eventId);
        quote.put("state", "PUBLISHED");
        quote.put("verification", Map.of("state", "VERIFIED", "by", "ed.editor", "note", "on tape"));
        quote.put("sources", List.of(Map.of("publication", "The Example Times")));
        quote.put("version", 0);
        QUOTES.put(id, quote);
        return id;
    }

    /** Adds a quote by each event's first participant to every event of a story. */
    @SuppressWarnings("unchecked")
    static void quoteEveryEvent(String storyId) {
        EVENTS.values().stream().filter(e -> storyId.equals(e.get("storyId"))).forEach(e -> {
            List<Map<String, Object>> participants = (List<Map<String, Object>>) e.get("participants");
            quote(storyId, (String) e.get("id"), (String) participants.get(0).get("entityId"), "Said at " + e.get("title"));
        });
    }

    @SuppressWarnings("unchecked")
    static void relate(String eventId, String type, String otherId) {
        ((List<Map<String, Object>>) EVENTS.get(eventId).get("relations")).add(Map.of("type", type, "eventId", otherId));
    }

    // ---- the stand-ins' answers -------------------------------------------------------------

    private static Answer entityService(Request r) {
        if (r.method().equals("GET") && r.path().equals("/entities/lookup")) {
            List<Object> found = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String id : r.ids("ids")) {
                if (ENTITIES.containsKey(id)) {
                    found.add(ENTITIES.get(id));
                } else {
                    missing.add(id);
                }
            }
            return Answer.ok(Map.of("entities", found, "redirects", Map.of(), "missing", missing));
        }
        if (r.method().equals("GET") && r.path().startsWith("/entities/") && r.path().endsWith("/history")) {
            Map<String, Object> entity = ENTITIES.get(r.path().split("/")[2]);
            if (entity == null) {
                return Answer.problem(404, "NOT_FOUND", "no such entity", null, null);
            }
            Map<String, Object> created = new LinkedHashMap<>(entity);
            created.put("name", "First name");
            return Answer.ok(List.of(
                    Map.of("revision", 7, "at", "2025-08-15T20:00:00Z", "user", "rita", "kind", "CREATED",
                            "snapshot", created),
                    Map.of("revision", 9, "at", "2025-08-16T08:00:00Z", "user", "ed", "kind", "UPDATED",
                            "snapshot", entity)));
        }
        if (r.method().equals("GET") && r.path().equals("/affiliations")) {
            return Answer.ok(List.of());
        }
        if (r.method().equals("POST") && r.path().equals("/entities")) {
            Map<String, Object> body = read(r.body());
            if (body.get("name") == null || body.get("name").toString().isBlank()) {
                return Answer.problem(400, "BAD_USER_INPUT", "name must not be blank", "name", null);
            }
            String id = entity((String) body.get("kind"), (String) body.get("name"), Map.of());
            return Answer.ok(ENTITIES.get(id));
        }
        if (r.method().equals("PUT") && r.path().startsWith("/entities/")) {
            Map<String, Object> stored = ENTITIES.get(r.path().substring("/entities/".length()));
            if (stored == null) {
                return Answer.problem(404, "NOT_FOUND", "no such entity", null, null);
            }
            Map<String, Object> body = read(r.body());
            long current = ((Number) stored.get("version")).longValue();
            if (((Number) body.get("version")).longValue() != current) {
                return Answer.problem(409, "CONFLICT", "changed by someone else", null, current);
            }
            stored.put("name", body.get("name"));
            stored.put("version", current + 1);
            return Answer.ok(stored);
        }
        return null;
    }

    private static Answer eventService(Request r) {
        if (r.method().equals("GET") && r.path().equals("/stories/lookup")) {
            List<Object> found = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String id : r.ids("ids")) {
                if (STORIES.containsKey(id)) {
                    found.add(STORIES.get(id));
                } else {
                    missing.add(id);
                }
            }
            return Answer.ok(Map.of("stories", found, "missing", missing));
        }
        if (r.method().equals("GET") && r.path().equals("/events/lookup")) {
            List<Object> found = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String id : r.ids("ids")) {
                if (EVENTS.containsKey(id)) {
                    found.add(EVENTS.get(id));
                } else {
                    missing.add(id);
                }
            }
            return Answer.ok(Map.of("events", found, "missing", missing));
        }
        if (r.method().equals("GET") && r.path().equals("/events")) {
            List<String> storyIds = r.ids("storyIds");
            List<String> participantIds = r.ids("participantIds");
            return Answer.ok(EVENTS.values().stream()
                    .filter(e -> storyIds.contains((String) e.get("storyId")) || participantIds.stream()
                            .anyMatch(p -> e.get("participants").toString().contains(p)))
                    .sorted(Comparator.comparing(e -> e.get("time").toString())).toList());
        }
        return null;
    }

    private static Answer quoteService(Request r) {
        if (r.method().equals("GET") && r.path().equals("/quotes")) {
            String field = !r.ids("speakerIds").isEmpty() ? "speakerId" : !r.ids("eventIds").isEmpty() ? "eventId"
                    : "storyId";
            List<String> parents = r.ids(field + "s");
            int first = Integer.parseInt(r.query().getOrDefault("first", "20"));
            List<Object> groups = new ArrayList<>();
            for (String parent : parents) {
                List<Map<String, Object>> all = QUOTES.values().stream().filter(q -> parent.equals(q.get(field)))
                        .sorted(Comparator.comparing(q -> (String) q.get("text"))).toList();
                groups.add(Map.of("id", parent, "totalCount", all.size(),
                        "quotes", all.subList(0, Math.min(first, all.size()))));
            }
            return Answer.ok(Map.of("groups", groups));
        }
        if (r.method().equals("GET") && r.path().equals("/quotes/lookup")) {
            List<Object> found = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String id : r.ids("ids")) {
                if (QUOTES.containsKey(id)) {
                    found.add(QUOTES.get(id));
                } else {
                    missing.add(id);
                }
            }
            return Answer.ok(Map.of("quotes", found, "missing", missing));
        }
        if (r.method().equals("POST") && r.path().equals("/quotes")) {
            return Answer.problem(400, "BAD_USER_INPUT", "speakerId: no person " + read(r.body()).get("speakerId"),
                    "speakerId", null);
        }
        return null;
    }

    private static Map<String, Object> read(String body) {
        try {
            return JSON.readValue(body, new TypeReference<Map<String, Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the stand-ins and points the gateway's REST clients at them. */
    public static class Resource implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of(
                    "quarkus.rest-client.entity-service.url", ENTITY_SERVICE.start(),
                    "quarkus.rest-client.event-service.url", EVENT_SERVICE.start(),
                    "quarkus.rest-client.quote-service.url", QUOTE_SERVICE.start());
        }

        @Override
        public void stop() {
            ENTITY_SERVICE.stop();
            EVENT_SERVICE.stop();
            QUOTE_SERVICE.stop();
        }
    }
}
