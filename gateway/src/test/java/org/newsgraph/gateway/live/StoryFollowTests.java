package org.newsgraph.gateway.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.gateway.live.ChangeStreams.Feed;
import org.newsgraph.platform.changes.ChangeKind;
import org.newsgraph.platform.changes.PublishedChange;
import org.newsgraph.platform.changes.RecordType;

/** One subscription's bookkeeping: its cursor, and which entity changes are the story's. */
class StoryFollowTests {

    private static final UUID STORY = UUID.randomUUID();
    private static final UUID PUTIN = UUID.randomUUID();
    private static final UUID TRUMP = UUID.randomUUID();

    private static PublishedChange change(long seq, RecordType type, UUID id, ChangeKind kind, List<UUID> references) {
        return new PublishedChange(seq, type, id, type == RecordType.ENTITY ? null : STORY, 1, kind, "PUBLISHED", "ed",
                Instant.parse("2025-08-15T19:30:00Z"), references);
    }

    @Test
    void eachChangeCarriesTheCursorOfEverythingPassedSoFar() {
        StoryFollow story = new StoryFollow(new Positions(10, 20, 30), Map.of());
        StoryChange first = story.accept(Feed.QUOTES, change(21, RecordType.QUOTE, UUID.randomUUID(), ChangeKind.CREATED,
                List.of())).orElseThrow();
        assertEquals(new Positions(10, 21, 30), Positions.of(first.cursor()));
        StoryChange second = story.accept(Feed.EVENTS, change(11, RecordType.STORY, STORY, ChangeKind.UPDATED, List.of()))
                .orElseThrow();
        assertEquals(new Positions(11, 21, 30), Positions.of(second.cursor()));
    }

    @Test
    void anEntityChangeReachesTheStoryOnlyWhileOneOfItsRecordsRefersToTheEntity() {
        UUID event = UUID.randomUUID();
        StoryFollow story = new StoryFollow(new Positions(0, 0, 0), Map.of(event, List.of(PUTIN)));

        assertTrue(story.accept(Feed.ENTITIES, change(1, RecordType.ENTITY, PUTIN, ChangeKind.UPDATED, List.of()))
                .isPresent());
        assertEquals(Optional.empty(), story.accept(Feed.ENTITIES, change(2, RecordType.ENTITY, TRUMP,
                ChangeKind.UPDATED, List.of())));

        story.accept(Feed.EVENTS, change(1, RecordType.EVENT, event, ChangeKind.UPDATED, List.of(TRUMP)));
        assertTrue(story.accept(Feed.ENTITIES, change(3, RecordType.ENTITY, TRUMP, ChangeKind.MERGED, List.of()))
                .isPresent());
        assertEquals(Optional.empty(), story.accept(Feed.ENTITIES, change(4, RecordType.ENTITY, PUTIN,
                ChangeKind.UPDATED, List.of())), "the event no longer refers to Putin");

        story.accept(Feed.EVENTS, change(2, RecordType.EVENT, event, ChangeKind.DELETED, List.of(TRUMP)));
        assertEquals(Optional.empty(), story.accept(Feed.ENTITIES, change(5, RecordType.ENTITY, TRUMP,
                ChangeKind.UPDATED, List.of())), "the event is gone");
        assertEquals(new Positions(2, 0, 5), story.positions(), "changes not passed on still move the position");
    }

    @Test
    void aCursorThatIsNotOursIsBadInputNamingAfter() {
        for (String cursor : List.of("yesterday", new Positions(1, 2, 3).cursor().substring(2),
                org.newsgraph.platform.paging.Cursor.encode(1, 2), org.newsgraph.platform.paging.Cursor.encode(1, -2, 3))) {
            GraphError.BadUserInput error = assertThrows(GraphError.BadUserInput.class, () -> Positions.of(cursor));
            assertEquals("after", error.field());
        }
    }

    @Test
    void onlyAConnectionInitWithATokenGoesThrough() {
        assertTrue(TokenRequiredWebSocket.initialisesWithoutToken("{\"type\":\"connection_init\"}", "Authorization"));
        assertTrue(TokenRequiredWebSocket.initialisesWithoutToken(
                "{\"type\":\"connection_init\",\"payload\":{}}", "Authorization"));
        assertTrue(TokenRequiredWebSocket.initialisesWithoutToken(
                "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\" \"}}", "Authorization"));
        assertEquals(false, TokenRequiredWebSocket.initialisesWithoutToken(
                "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer x\"}}", "Authorization"));
        assertEquals(false, TokenRequiredWebSocket.initialisesWithoutToken("{\"type\":\"ping\"}", "Authorization"));
        assertEquals(false, TokenRequiredWebSocket.initialisesWithoutToken("not json", "Authorization"));
    }
}
