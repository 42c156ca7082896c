package org.newsgraph.gateway.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.gateway.live.ChangeStreams;
import org.newsgraph.gateway.live.StoryChange;
import org.newsgraph.platform.changes.ChangeKind;
import org.newsgraph.platform.changes.PublishedChange;
import org.newsgraph.platform.changes.RecordType;
import org.newsgraph.platform.testing.StandIn;
import org.newsgraph.platform.testing.StandIn.Answer;
import org.newsgraph.platform.testing.TestTokens;

/**
 * A subscription that starts while a service is busy, answering where its change stream stands
 * later than an answer may take (as a hundred readers opening one story at once can make it), starts
 * once the service answers; it does not end with UNAVAILABLE. Shown by what the stand-ins were asked
 * and answered, not by a timer in the test.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class LiveStartTests {

    private static final List<StandIn> SERVICES = List.of(Newsroom.ENTITY_SERVICE, Newsroom.EVENT_SERVICE,
            Newsroom.QUOTE_SERVICE);

    @Inject
    ChangeStreams streams;

    @AfterEach
    void answerPositionsAtOnce() {
        SERVICES.forEach(Newsroom::answerPositions);
    }

    @Test
    void aSubscriptionStartsWhenABusyServiceSaysLateWhereItsStreamStands() {
        String story = UUID.randomUUID().toString();
        AtomicInteger asked = new AtomicInteger();
        // quote-service answers the first two questions after 10 s: well past the 3 s one answer may take
        Newsroom.QUOTE_SERVICE.on("/changes/position", (request, self) -> {
            if (asked.incrementAndGet() <= 2) {
                pause(Duration.ofSeconds(10));
            }
            return Map.of("seq", 7, "references", Map.of());
        });
        // event-service has one change of the story after where it stands; the others none (each
        // stream ends after what it has, as a service that stops ends it, and is followed again)
        Newsroom.EVENT_SERVICE.on("GET", "/changes", request -> Answer.events("change",
                Long.parseLong(request.query().get("after")) < 8 ? List.of(renamed(story)) : List.of()));
        Newsroom.QUOTE_SERVICE.on("GET", "/changes", request -> Answer.events("change", List.of()));
        Newsroom.ENTITY_SERVICE.on("GET", "/changes", request -> Answer.events("change", List.of()));

        StoryChange first = streams.ofStory(TestTokens.viewer(), UUID.fromString(story), null)
                .toUni().await().atMost(Duration.ofSeconds(60));

        assertEquals(story, first.id(), "the story's change came: the subscription started");
        assertEquals(2, first.version());
        assertEquals(3, asked.get(), "quote-service was asked until it answered in time");
        assertEquals("7", Newsroom.QUOTE_SERVICE.requests("/changes").get(0).query().get("after"),
                "its stream is followed from where it said it stands");
    }

    /** The story's change number 8: renamed by ed to its version 2. */
    private static PublishedChange renamed(String story) {
        UUID id = UUID.fromString(story);
        return new PublishedChange(8, RecordType.STORY, id, id, 2, ChangeKind.UPDATED, "PUBLISHED", "ed",
                Instant.parse("2026-11-28T12:00:00Z"), List.of());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
