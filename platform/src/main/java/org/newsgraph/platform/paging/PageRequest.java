package org.newsgraph.platform.paging;

import org.newsgraph.platform.error.NewsgraphException;

/** {@code first} rows after the cursor {@code after} (null for the start of the list). */
public record PageRequest(int first, String after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 1 || size > MAX_SIZE) {
            throw NewsgraphException.badInput("first", "first must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(size, after == null || after.isBlank() ? null : after);
    }
}
