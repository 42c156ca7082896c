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
            if (keys.size() != expectedKeys) {
                throw new IllegalArgumentException("wrong number of keys");
            }
            return keys;
        } catch (IllegalArgumentException e) {
            throw NewsgraphException.badInput("after", "after is not a cursor this list gave out");
        }
    }
}
