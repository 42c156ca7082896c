package org.newsgraph.event.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.event.RelationType;

/** Events a timeline cannot tell apart by time come in the order their relations give. */
class TieOrderTests {

    static final Instant ELEVEN = Instant.parse("2025-08-15T19:00:00Z");
    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID D = UUID.fromString("00000000-0000-0000-0000-00000000000d");

    static TieOrder.Entry at(UUID id, Instant when) {
        return new TieOrder.Entry(id, when, 1);
    }

    @Test
    void whatFollowsIsPartOfOrReplacesComesAfterWithinTheTie() {
        Map<UUID, Integer> ranks = TieOrder.ranks(List.of(at(A, ELEVEN), at(B, ELEVEN), at(C, ELEVEN)),
                List.of(new TieOrder.Relation(A, RelationType.FOLLOWS, B),
                        new TieOrder.Relation(B, RelationType.REPLACES, C)));
        assertEquals(Map.of(C, 0, B, 1, A, 2), ranks);
        assertEquals(List.of(C, B, A), TieOrder.order(List.of(A, B, C),
                List.of(new TieOrder.Relation(B, RelationType.PART_OF, C), new TieOrder.Relation(A, RelationType.FOLLOWS, B))));
    }

    @Test
    void withoutRelationsOrAcrossTimesTheIdDecides() {
        Instant noon = ELEVEN.plusSeconds(3600);
        Map<UUID, Integer> ranks = TieOrder.ranks(List.of(at(B, ELEVEN), at(A, ELEVEN), at(D, noon), at(C, noon)),
                // a relation to an event at another time does not reorder the tie
                List.of(new TieOrder.Relation(A, RelationType.FOLLOWS, D)));
        assertEquals(Map.of(A, 0, B, 1, C, 0, D, 1), ranks);
    }

    @Test
    void aCircleStillGivesEveryEventAPlace() {
        assertEquals(List.of(C, A, B), TieOrder.order(List.of(C, B, A),
                List.of(new TieOrder.Relation(A, RelationType.FOLLOWS, B), new TieOrder.Relation(B, RelationType.FOLLOWS, A))));
    }
}
