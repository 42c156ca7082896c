package org.newsgraph.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list in the shape the gateway turns into a Relay connection: the items, each
 * with its cursor, and whether more follow.
 */
public record Page<T>(List<Edge<T>> edges, PageInfo pageInfo) {

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    /**
     * Builds a page from up to {@code request.first() + 1} fetched rows: the extra row only
     * tells that there is a next page.
     */
    public static <R, T> Page<T> of(List<R> fetched, PageRequest request, Function<R, String> cursor,
            Function<R, T> view) {
        boolean more = fetched.size() > request.first();
        List<R> rows = more ? fetched.subList(0, request.first()) : fetched;
        List<Edge<T>> edges = rows.stream().map(r -> new Edge<>(cursor.apply(r), view.apply(r))).toList();
        return new Page<>(edges, new PageInfo(more, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
    }
}
