package org.newsgraph.entity.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.newsgraph.platform.testing.StandIn;

/**
 * event-service and quote-service as entity-service meets them: asked, before a record is deleted,
 * which of their events and quotes still name it, and told after a merge to move what names the
 * duplicate. Stood in by platform's {@link StandIn} so that a test can make them name a record, fail
 * or hang; they follow the real rules (the question needs a reporter's token or better, and drafts
 * count; being told of a merge needs an editor's). The real services meet in deploy/local.
 */
public final class OtherServices implements QuarkusTestResourceLifecycleManager {

    static final StandIn EVENTS = new StandIn("event-service");
    static final StandIn QUOTES = new StandIn("quote-service");
    private static final Map<UUID, List<UUID>> EVENTS_NAMING = new ConcurrentHashMap<>();
    private static final Map<UUID, List<UUID>> QUOTES_NAMING = new ConcurrentHashMap<>();

    static {
        EVENTS.on("GET", "/events/references", request -> answer(request, EVENTS_NAMING));
        QUOTES.on("GET", "/quotes/references", request -> answer(request, QUOTES_NAMING));
        EVENTS.on("POST", "/events/references/merged", OtherServices::merged);
        QUOTES.on("POST", "/quotes/references/merged", OtherServices::merged);
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.rest-client.event-service.url", EVENTS.start(),
                "quarkus.rest-client.quote-service.url", QUOTES.start());
    }

    @Override
    public void stop() {
        EVENTS.stop();
        QUOTES.stop();
    }

    /** An event (draft or not) now names the record as a participant or its place; returns the event's id. */
    static UUID eventNaming(String entityId) {
        UUID event = UUID.randomUUID();
        EVENTS_NAMING.computeIfAbsent(UUID.fromString(entityId), id -> new CopyOnWriteArrayList<>()).add(event);
        return event;
    }

    /** A quote now names the record as its speaker; returns the quote's id. */
    static UUID quoteNaming(String entityId) {
        UUID quote = UUID.randomUUID();
        QUOTES_NAMING.computeIfAbsent(UUID.fromString(entityId), id -> new CopyOnWriteArrayList<>()).add(quote);
        return quote;
    }

    /** The event or quote no longer names anything (it was edited or deleted). */
    static void forget(UUID referrer) {
        EVENTS_NAMING.values().forEach(list -> list.remove(referrer));
        QUOTES_NAMING.values().forEach(list -> list.remove(referrer));
    }

    static void allUp() {
        EVENTS.mode(StandIn.Mode.UP);
        QUOTES.mode(StandIn.Mode.UP);
    }

    private static StandIn.Answer answer(StandIn.Request request, Map<UUID, List<UUID>> naming) {
        if (!request.seesDrafts()) {
            return StandIn.Answer.problem(403, "FORBIDDEN", "Your role does not allow this", null, null);
        }
        List<Map<String, Object>> referrers = new ArrayList<>();
        for (String raw : request.ids("entityIds")) {
            List<UUID> referring = naming.getOrDefault(UUID.fromString(raw), List.of());
            if (!referring.isEmpty()) {
                referrers.add(Map.of("id", raw, "count", referring.size(),
                        "examples", referring.stream().limit(5).map(UUID::toString).toList()));
            }
        }
        return StandIn.Answer.ok(Map.of("referrers", referrers));
    }

    /** The ids told of as merged, in the order told (the real services then ask entity-service where each points). */
    static List<String> toldMerged(StandIn service) {
        return service.requests().stream().filter(r -> r.method().equals("POST") && r.path().endsWith("/merged"))
                .flatMap(r -> r.ids("entityIds").stream()).toList();
    }

    private static StandIn.Answer merged(StandIn.Request request) {
        if (request.roles().stream().noneMatch(r -> List.of("editor", "admin").contains(r))) {
            return StandIn.Answer.problem(403, "FORBIDDEN", "Your role does not allow this", null, null);
        }
        return StandIn.Answer.ok(Map.of("records", 0));
    }
}
