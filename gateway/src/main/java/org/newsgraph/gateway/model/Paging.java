package org.newsgraph.gateway.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;

import org.newsgraph.gateway.error.GraphError;

/** Page sizes, the services' batch limit, and paging within a nested list a service answered whole. */
public final class Paging {

    public static final int DEFAULT_FIRST = 20;
    public static final int MAX_FIRST = 100;
    /** Most ids a service takes in one batch call. */
    public static final int MAX_IDS = 500;

    private Paging() {
    }

    public static int size(Integer first) {
        int size = first == null ? DEFAULT_FIRST : first;
        if (size < 1 || size > MAX_FIRST) {
            throw new GraphError.BadUserInput("first must be between 1 and " + MAX_FIRST, "first");
        }
        return size;
    }

    /** How many items come before the page that follows {@code after} (0 without one). */
    public static int offset(String after) {
        return after == null ? 0 : position(after) + 1;
    }

    /** {@code size} items after the first {@code skip}, each with a cursor that stands for its position. */
    public static <T, E> List<E> slice(List<T> all, int skip, int size, BiFunction<String, T, E> edge) {
        List<E> edges = new ArrayList<>();
        for (int i = skip; i < all.size() && i < skip + size; i++) {
            edges.add(edge.apply(cursor(i), all.get(i)));
        }
        return edges;
    }

    private static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("at:" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor of {@link #slice} stands for; bad input naming after for anything else. */
    private static int position(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith("at:")) {
                throw new IllegalArgumentException("not a position");
            }
            int position = Integer.parseInt(decoded.substring(3));
            if (position < 0 || position >= MAX_FIRST) {
                // a nested list holds at most MAX_FIRST items: a position past them was never given out
                throw new IllegalArgumentException("no such position");
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw new GraphError.BadUserInput("after is not a cursor this list gave out", "after");
        }
    }
}
