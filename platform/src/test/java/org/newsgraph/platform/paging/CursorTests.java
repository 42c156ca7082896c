package org.newsgraph.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newsgraph.platform.error.ErrorCode;
import org.newsgraph.platform.error.NewsgraphException;

class CursorTests {

    @Test
    void aCursorGivesBackItsKeys() {
        String cursor = Cursor.encode("Владимир Путин, \"the\" name", 42);
        assertEquals(List.of("Владимир Путин, \"the\" name", "42"), Cursor.decode(cursor, 2));
    }

    @Test
    void aForeignCursorIsBadInputNamingAfter() {
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> Cursor.decode("%%%", 2));
        assertEquals(ErrorCode.BAD_USER_INPUT, e.code());
        assertEquals("after", e.field());
        assertThrows(NewsgraphException.class, () -> Cursor.decode(Cursor.encode("one"), 2));
    }

    @Test
    void aPageTellsWhetherMoreFollow() {
        PageRequest request = PageRequest.of(2, null);
        Page<String> full = Page.of(List.of("a", "b", "c"), request, s -> s, String::toUpperCase);
        assertTrue(full.pageInfo().hasNextPage());
        assertEquals(List.of("A", "B"), full.edges().stream().map(Page.Edge::node).toList());
        assertEquals("b", full.pageInfo().endCursor());

        Page<String> last = Page.of(List.of("c"), request, s -> s, String::toUpperCase);
        assertFalse(last.pageInfo().hasNextPage());
        assertEquals("c", last.pageInfo().endCursor());
    }

    @Test
    void pageSizesAreBounded() {
        assertEquals(PageRequest.DEFAULT_SIZE, PageRequest.of(null, null).first());
        assertEquals("first", assertThrows(NewsgraphException.class, () -> PageRequest.of(0, null)).field());
        assertEquals("first", assertThrows(NewsgraphException.class, () -> PageRequest.of(101, null)).field());
    }

    @Test
    void aPositionCursorHoldsAPositionNeverANegativeOne() {
        assertEquals(40, Cursor.position(Cursor.ofPosition(40)));
        assertEquals(0, Cursor.position(null));
        assertEquals("after", assertThrows(NewsgraphException.class, () -> Cursor.position(Cursor.ofPosition(-40))).field());
        assertEquals("after", assertThrows(NewsgraphException.class, () -> Cursor.position(Cursor.encode("name", 4)))
                .field());
        assertEquals("after", assertThrows(NewsgraphException.class,
                () -> Cursor.position(Cursor.encode("position", "99999999999"))).field());
    }

    /** A position near the largest int overflowed the services' LIMIT offset + first: a 500. */
    @Test
    void aPositionCursorGoesAtMostTenThousandDeep() {
        assertEquals(Cursor.MAX_POSITION, Cursor.position(Cursor.ofPosition(Cursor.MAX_POSITION)));
        for (int position : new int[] { Cursor.MAX_POSITION + 1, Integer.MAX_VALUE }) {
            NewsgraphException refused = assertThrows(NewsgraphException.class,
                    () -> Cursor.position(Cursor.ofPosition(position)));
            assertEquals("after", refused.field());
            assertEquals("a search is read at most 10000 results deep; narrow it with more words or a filter",
                    refused.getMessage());
        }
    }

    /** Before, the page ending at position 10,000 said hasNextPage, and its cursor was then refused. */
    @Test
    void aSearchReadToItsDeepestPageSaysItIsTheLastAndEveryCursorItGaveIsTaken() {
        int matches = 25_000;
        PageRequest request = PageRequest.of(PageRequest.MAX_SIZE, null);
        String after = null;
        int read = 0;
        while (true) {
            int offset = Cursor.position(after);
            int fetched = Math.min(matches - offset, Cursor.rowsToRead(offset, request.first()));
            List<Integer> rows = IntStream.range(offset, offset + fetched).boxed().toList();
            Page<Integer> page = Page.of(rows, request, i -> Cursor.ofPosition(i + 1), i -> i);
            read += page.edges().size();
            if (!page.pageInfo().hasNextPage()) {
                break;
            }
            after = page.pageInfo().endCursor();
        }
        assertEquals(Cursor.MAX_POSITION, read);
        assertEquals(0, Cursor.rowsToRead(Cursor.MAX_POSITION, 20));
        assertEquals(21, Cursor.rowsToRead(0, 20));
    }

    @Test
    void aCursorWithANulCharacterIsNotOneOfOurs() {
        assertEquals("after", assertThrows(NewsgraphException.class,
                () -> Cursor.decode(Cursor.encode("Put\u0000in", "x"), 2)).field());
    }
}
