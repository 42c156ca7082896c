package org.newsgraph.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTests {

    @Test
    void aStaleVersionCarriesTheCurrentOne() {
        Problem problem = NewsgraphException.staleVersion("Quote", "q1", 3, 4).toProblem();
        assertEquals(409, problem.status());
        assertEquals(ErrorCode.CONFLICT, problem.code());
        assertEquals(4L, problem.currentVersion());
        assertEquals("urn:newsgraph:problem:conflict", problem.type());
    }

    @Test
    void badInputNamesTheField() {
        Problem problem = NewsgraphException.badInput("place.timeZone", "unknown zone").toProblem();
        assertEquals(400, problem.status());
        assertEquals("place.timeZone", problem.field());
        assertEquals("urn:newsgraph:problem:bad-user-input", problem.type());
    }
}
