package org.newsgraph.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.platform.error.NewsgraphException;

class IdsTests {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void idsComeCommaSeparatedOrRepeatedInTheOrderGiven() {
        assertEquals(List.of(B, A, A), Ids.list(List.of(B + "," + A, " " + A + " "), "ids"));
    }

    @Test
    void aBadOrMissingIdIsBadInputNamingTheParameter() {
        assertEquals("speakerIds", assertThrows(NewsgraphException.class,
                () -> Ids.list(List.of(A + ",putin"), "speakerIds")).field());
        assertEquals("ids", assertThrows(NewsgraphException.class, () -> Ids.list(List.of(" , "), "ids")).field());
        assertEquals("ids", assertThrows(NewsgraphException.class, () -> Ids.list(null, "ids")).field());
        assertNull(Ids.one(" ", "eventId"));
        assertEquals("eventId", assertThrows(NewsgraphException.class, () -> Ids.one("x", "eventId")).field());
    }
}
