package org.newsgraph.gateway.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.newsgraph.platform.testing.StandIn;
import org.newsgraph.platform.testing.StandIn.Answer;
import org.newsgraph.platform.testing.StandIn.Request;

/**
 * What the stand-in services know: people, places, stories, events and quotes, answered like the
 * real ones and by their rules: drafts (and events or quotes of a draft story) are invisible to a
 * viewer, newsroom notes are left out for viewers, writes need the reporter role, an edit needs the
 * current version. The real services meet the gateway in deploy/local's suite-wide tests.
 */
public final class Newsroom {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PUBLIC = Set.of("PUBLISHED", "RETRACTED");
    static final Map<String, Map<String, Object>> ENTITIES = new ConcurrentHashMap<>();
    static final Map<String, Map<String, Object>> STORIES = new ConcurrentHashMap<>();
    static final Map<String, Map<String, Object>> EVENTS = new ConcurrentHashMap<>();
    static final Map<String, Map<String, Object>> QUOTES = new ConcurrentHashMap<>();
    static final Map<String, Map<String, Object>> AFFILIATIONS = new ConcurrentHashMap<>();

    public static final StandIn ENTITY_SERVICE = new StandIn("entity-service");
    public static final StandIn EVENT_SERVICE = new StandIn("event-service");
    public static final StandIn QUOTE_SERVICE = new StandIn("quote-service");

    static {
        ENTITY_SERVICE.otherwise(Newsroom::entityService);
        EVENT_SERVICE.otherwise(Newsroom::eventService);
        QUOTE_SERVICE.otherwise(Newsroom::quoteService);
        for (StandIn service : List.of(ENTITY_SERVICE, EVENT_SERVICE, QUOTE_SERVICE)) {
            answerPositions(service);
        }
    }

    private Newsroom() {
    }

    /** Where the service's change stream stands (platform's /changes/position: what Story.changeCursor reads): 7. */
    static void answerPositions(StandIn service) {
        service.on("/changes/position", (request, self) -> Map.of("seq", 7, "references", Map.of()));
    }

    // ---- what the newsroom has ----------------------------------------------------------------

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

    static String affiliation(String personId, String organisationId, String title) {
        String id = UUID.randomUUID().toString();
        AFFILIATIONS.put(id, new LinkedHashMap<>(Map.of("id", id, "personId", personId, "organisationId",
                organisationId, "title", title, "current", true, "version", 0)));
        return id;
    }

    static String story(String title) {
        return story(title, "PUBLISHED");
    }

    static String story(String title, String state) {
        String id = UUID.randomUUID().toString();
        STORIES.put(id, new LinkedHashMap<>(Map.of("id", id, "title", title, "slug", "s-" + id.substring(0, 8),
                "state", state, "version", 0, "createdAt", "2025-08-14T08:00:00Z")));
        return id;
    }

    static String event(String storyId, String title, String date, String time, String placeId,
            List<Map<String, Object>> participants) {
        return event(storyId, title, date, time, placeId, participants, "PUBLISHED");
    }

    static String event(String storyId, String title, String date, String time, String placeId,
            List<Map<String, Object>> participants, String state) {
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
        event.put("state", state);
        event.put("time", when);
        event.put("placeId", placeId);
        event.put("participants", participants);
        event.put("relations", new ArrayList<>());
        event.put("sources", List.of());
        event.put("notes", "newsroom only: " + title);
        event.put("version", 0);
        EVENTS.put(id, event);
        return id;
    }

    /** The slug of a story the stand-in holds. */
    static String slugOf(String storyId) {
        return (String) STORIES.get(storyId).get("slug");
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
        return quote(storyId, eventId, speakerId, text, "PUBLISHED");
    }

    static String quote(String storyId, String eventId, String speakerId, String text, String state) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("id", id);
        quote.put("text", text);
        quote.put("kind", "DIRECT");
        quote.put("speakerId", speakerId);
        quote.put("storyId", storyId);
        quote.put("eventId", eventId);
        quote.put("state", state);
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

    // ---- the rules ------------------------------------------------------------------------------

    /** A draft or a record in review is for the newsroom: a viewer does not see it. */
    private static boolean sees(Request r, Map<String, Object> record) {
        return record != null && (PUBLIC.contains((String) record.get("state")) || r.seesDrafts());
    }

    /** An event or quote is seen only with its story. */
    private static boolean seesInStory(Request r, Map<String, Object> record) {
        return sees(r, record) && (record.get("storyId") == null || sees(r, STORIES.get((String) record.get("storyId"))));
    }

    private static Map<String, Object> forCaller(Request r, Map<String, Object> event) {
        if (r.seesDrafts()) {
            return event;
        }
        Map<String, Object> copy = new LinkedHashMap<>(event);
        copy.remove("notes");
        return copy;
    }

    private static Answer write(Request r, java.util.function.Supplier<Answer> write) {
        return r.seesDrafts() ? write.get() : Answer.problem(403, "FORBIDDEN", "this needs the reporter role", null,
                null);
    }

    // ---- the stand-ins' answers ---------------------------------------------------------------

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
        if (r.method().equals("GET") && r.path().equals("/entities/search")) {
            String q = r.query().getOrDefault("q", "");
            if (q.indexOf(0) >= 0) {
                return Answer.problem(400, "BAD_USER_INPUT", "q must not contain NUL", "q", null);
            }
            if (q.equals("poison")) {
                // a bug the real service does not have on demand: it fails on this one request
                return new Answer(500, Map.of("title", "Internal Server Error", "status", 500));
            }
            return page(ENTITIES.values().stream().filter(e -> ((String) e.get("name")).toLowerCase()
                    .contains(q.toLowerCase())).sorted(Comparator.comparing(e -> (String) e.get("name"))).toList(), r);
        }
        if (r.method().equals("GET") && r.path().equals("/entities")) {
            String kind = r.query().get("kind");
            return page(ENTITIES.values().stream().filter(e -> kind == null || kind.equals(e.get("kind")))
                    .sorted(Comparator.comparing(e -> (String) e.get("name"))).toList(), r);
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
            List<String> people = r.ids("personIds");
            return Answer.ok(AFFILIATIONS.values().stream().filter(a -> people.contains((String) a.get("personId")))
                    .toList());
        }
        if (r.method().equals("POST") && r.path().equals("/entities")) {
            return write(r, () -> {
                Map<String, Object> body = read(r.body());
                if (body.get("name") == null || body.get("name").toString().isBlank()) {
                    return Answer.problem(400, "BAD_USER_INPUT", "name must not be blank", "name", null);
                }
                return Answer.ok(ENTITIES.get(entity((String) body.get("kind"), (String) body.get("name"), Map.of())));
            });
        }
        if (r.method().equals("PUT") && r.path().startsWith("/entities/")) {
            return write(r, () -> {
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
            });
        }
        return null;
    }

    private static Answer eventService(Request r) {
        if (r.method().equals("GET") && r.path().equals("/stories/lookup")) {
            return lookup(r, "stories", STORIES, s -> sees(r, s), s -> s);
        }
        if (r.method().equals("GET") && r.path().equals("/stories")) {
            String slug = r.query().get("slug");
            return page(STORIES.values().stream().filter(s -> sees(r, s))
                    .filter(s -> slug == null || slug.equals(s.get("slug"))).toList(), r);
        }
        if (r.method().equals("GET") && r.path().equals("/events/lookup")) {
            return lookup(r, "events", EVENTS, e -> seesInStory(r, e), e -> forCaller(r, e));
        }
        if (r.method().equals("GET") && r.path().startsWith("/stories/") && r.path().endsWith("/timeline")) {
            String story = r.path().split("/")[2];
            if (!sees(r, STORIES.get(story))) {
                return Answer.problem(404, "NOT_FOUND", "no such story", null, null);
            }
            return page(timeline(r, e -> story.equals(e.get("storyId"))), r);
        }
        if (r.method().equals("GET") && r.path().startsWith("/stories/") && r.path().endsWith("/history")) {
            // the stand-in keeps no revisions: a story's history is empty
            return sees(r, STORIES.get(r.path().split("/")[2])) ? Answer.ok(List.of())
                    : Answer.problem(404, "NOT_FOUND", "no such story", null, null);
        }
        if (r.method().equals("GET") && r.path().equals("/timelines")) {
            List<String> stories = r.ids("storyIds");
            List<String> participants = r.ids("participantIds");
            List<String> places = r.ids("placeIds");
            List<Object> timelines = new ArrayList<>();
            for (String id : !stories.isEmpty() ? stories : !participants.isEmpty() ? participants : places) {
                Predicate<Map<String, Object>> parent = !stories.isEmpty() ? e -> id.equals(e.get("storyId"))
                        : !participants.isEmpty() ? e -> e.get("participants").toString().contains(id)
                        : e -> id.equals(e.get("placeId"));
                Map<String, Object> timeline = new LinkedHashMap<>(read(page(timeline(r, parent), r).body()));
                timeline.put("id", id);
                timelines.add(timeline);
            }
            return Answer.ok(Map.of("timelines", timelines));
        }
        return null;
    }

    private static Answer quoteService(Request r) {
        if (r.method().equals("GET") && r.path().equals("/quotes")) {
            String field = !r.ids("speakerIds").isEmpty() ? "speakerId" : !r.ids("eventIds").isEmpty() ? "eventId"
                    : "storyId";
            int first = Integer.parseInt(r.query().getOrDefault("first", "20"));
            List<Object> groups = new ArrayList<>();
            for (String parent : r.ids(field + "s")) {
                List<Map<String, Object>> all = QUOTES.values().stream().filter(q -> parent.equals(q.get(field)))
                        .filter(q -> seesInStory(r, q)).sorted(Comparator.comparing(q -> (String) q.get("text")))
                        .toList();
                groups.add(Map.of("id", parent, "totalCount", all.size(),
                        "quotes", all.subList(0, Math.min(first, all.size()))));
            }
            return Answer.ok(Map.of("groups", groups));
        }
        if (r.method().equals("GET") && r.path().equals("/quotes/lookup")) {
            return lookup(r, "quotes", QUOTES, q -> seesInStory(r, q), q -> q);
        }
        if (r.method().equals("POST") && r.path().equals("/quotes")) {
            return write(r, () -> Answer.problem(400, "BAD_USER_INPUT", "speakerId: no person "
                    + read(r.body()).get("speakerId"), "speakerId", null));
        }
        return null;
    }

    /** The records of a batch lookup the caller may see, in the order asked; the others are missing. */
    private static Answer lookup(Request r, String name, Map<String, Map<String, Object>> records,
            Predicate<Map<String, Object>> visible, java.util.function.UnaryOperator<Map<String, Object>> shown) {
        List<Object> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : r.ids("ids")) {
            Map<String, Object> record = records.get(id);
            if (visible.test(record)) {
                found.add(shown.apply(record));
            } else {
                missing.add(id);
            }
        }
        return Answer.ok(Map.of(name, found, "missing", missing));
    }

    /** The events of a timeline the caller may see, in time order, as the caller may see them. */
    private static List<Map<String, Object>> timeline(Request r, Predicate<Map<String, Object>> parent) {
        return EVENTS.values().stream().filter(parent).filter(e -> seesInStory(r, e))
                .sorted(Comparator.comparing(e -> e.get("time").toString()))
                .map(e -> forCaller(r, e)).toList();
    }

    /** A page as the services answer one: {@code first} after the cursor (here the last record's id). */
    private static Answer page(List<Map<String, Object>> all, Request r) {
        int first = Integer.parseInt(r.query().getOrDefault("first", "20"));
        String after = r.query().get("after");
        int start = 0;
        if (after != null) {
            start = all.stream().map(e -> e.get("id")).toList().indexOf(after) + 1;
            if (start == 0) {
                return Answer.problem(400, "BAD_USER_INPUT", "after is not a cursor this list gave out", "after", null);
            }
        }
        List<Object> edges = new ArrayList<>();
        for (Map<String, Object> node : all.subList(start, Math.min(all.size(), start + first))) {
            edges.add(Map.of("cursor", node.get("id"), "node", node));
        }
        boolean more = all.size() > start + first;
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", more);
        pageInfo.put("endCursor", edges.isEmpty() ? null : ((Map<?, ?>) edges.get(edges.size() - 1)).get("cursor"));
        return Answer.ok(Map.of("edges", edges, "pageInfo", pageInfo));
    }

    private static Map<String, Object> read(Object body) {
        try {
            return body instanceof String json ? JSON.readValue(json, new TypeReference<Map<String, Object>>() {
            }) : JSON.convertValue(body, new TypeReference<Map<String, Object>>() {
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
