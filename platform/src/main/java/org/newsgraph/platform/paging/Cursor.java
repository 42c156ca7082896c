package org.newsgraph.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.newsgraph.platform.error.NewsgraphException;

/**
 * Opaque pagination cursors: the sort key values of the last row a client saw, joined and
 * base64url-encoded. Clients pass them back as {@code after}; they never parse them.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";
    private static final String POSITION = "position";

    /**
     * How deep a ranked list (a search) is read: positions past it are refused. The services page a
     * search with offsets ({@code LIMIT offset + first}), so a position near the largest int
     * overflowed PostgreSQL's integers (a 500), and a deep one made the database rank every match
     * up to it; a person reading results narrows the search long before this.
     */
    public static final int MAX_POSITION = 10_000;

    private Cursor() {
    }

    public static String encode(Object... keys) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                joined.append(SEPARATOR);
            }
            joined.append(keys[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The keys of a cursor, or 400 naming {@code after} if it is not one of ours. */
    public static List<String> decode(String cursor, int expectedKeys) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> keys = List.of(joined.split(SEPARATOR, -1));
            if (keys.size() != expectedKeys || joined.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("not one of ours");
            }
            return keys;
        } catch (IllegalArgumentException e) {
            throw foreign();
        }
    }

    /** A cursor for the position in a ranked list (search results), which has no sort key of its own. */
    public static String ofPosition(int position) {
        return encode(POSITION, position);
    }

    /**
     * The position a {@link #ofPosition} cursor holds (0 for none); 400 naming {@code after} for any
     * other, and for one past {@link #MAX_POSITION}.
     */
    public static int position(String cursor) {
        if (cursor == null) {
            return 0;
        }
        List<String> keys = decode(cursor, 2);
        try {
            int position = Integer.parseInt(keys.get(1));
            if (!POSITION.equals(keys.get(0)) || position < 0) {
                throw foreign();
            }
            if (position > MAX_POSITION) {
                throw NewsgraphException.badInput("after", "a search is read at most " + MAX_POSITION
                        + " results deep; narrow it with more words or a filter");
            }
            return position;
        } catch (NumberFormatException e) {
            throw foreign();
        }
    }

    /**
     * How many rows a page of a ranked list reads from {@code offset}: {@code first} and one more to
     * tell whether a next page exists, but none past {@link #MAX_POSITION}, so that the last page a
     * search can give says it is the last (its cursor would be refused).
     */
    public static int rowsToRead(int offset, int first) {
        return Math.max(0, Math.min(first + 1, MAX_POSITION - offset));
    }

    private static NewsgraphException foreign() {
        return NewsgraphException.badInput("after", "after is not a cursor this list gave out");
    }
}
