package org.newsgraph.gateway.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;

import org.newsgraph.gateway.error.GraphError;

/** Page sizes, and paging of lists the gateway already holds. */
public final class Paging {

    public static final int DEFAULT_FIRST = 20;
    public static final int MAX_FIRST = 100;

    private Paging() {
    }

    /** A page of a list held in memory (a batched join's rows for one parent), cursors by position. */
    public static <T, E> List<E> slice(List<T> all, Integer first, String after, BiFunction<String, T, E> edge) {
        int size = size(first);
        int start = after == null ? 0 : position(after) + 1;
        List<E> edges = new ArrayList<>();
        for (int i = start; i < all.size() && i < start + size; i++) {
            edges.add(edge.apply(cursor(i), all.get(i)));
        }
        return edges;
    }

    public static boolean hasMore(List<?> all, Integer first, String after) {
        int start = after == null ? 0 : position(after) + 1;
        return all.size() > start + size(first);
    }

    public static int size(Integer first) {
        int size = first == null ? DEFAULT_FIRST : first;
        if (size < 1 || size > MAX_FIRST) {
            throw new GraphError.BadUserInput("first must be between 1 and " + MAX_FIRST, "first");
        }
        return size;
    }

    private static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("at:" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor of {@link #slice} stands for; 400 naming after for anything else. */
    public static int position(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith("at:")) {
                throw new IllegalArgumentException();
            }
            int position = Integer.parseInt(decoded.substring(3));
            if (position < 0 || position == Integer.MAX_VALUE) {
                throw new IllegalArgumentException("no such position");
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw new GraphError.BadUserInput("after is not a cursor this list gave out", "after");
        }
    }
}
