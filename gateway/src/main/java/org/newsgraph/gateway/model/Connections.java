package org.newsgraph.gateway.model;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.platform.paging.Page;

/**
 * The schema's lists: Relay connections with {@code edges}, a {@code nodes} shortcut and
 * {@code pageInfo}, one record per kind of node (SmallRye would name a generic type after its
 * parameters).
 */
public final class Connections {

    private Connections() {
    }

    @Type("PageInfo")
    @Description("Where a page stands in its list: pass endCursor as after to get the next one")
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

        /** For a page of {@code edges}; a page asked for with {@code after} has one before it. */
        public static <E> PageInfo of(List<E> edges, Function<E, String> cursor, boolean hasNextPage, String after) {
            return new PageInfo(hasNextPage, after != null, edges.isEmpty() ? null : cursor.apply(edges.get(0)),
                    edges.isEmpty() ? null : cursor.apply(edges.get(edges.size() - 1)));
        }
    }

    /** A service's page as the schema's edges. */
    static <T, N, E> List<E> edgesOf(Page<T> page, Function<T, N> node, BiFunction<String, N, E> edge) {
        return page.edges().stream().map(e -> edge.apply(e.cursor(), node.apply(e.node()))).toList();
    }

    @Type("StoryConnection")
    public record StoryConnection(@NonNull List<@NonNull StoryEdge> edges, @NonNull PageInfo pageInfo) {

        public static StoryConnection of(Page<Story> page, String after) {
            List<StoryEdge> edges = edgesOf(page, s -> s, StoryEdge::new);
            return new StoryConnection(edges, PageInfo.of(edges, StoryEdge::cursor, page.pageInfo().hasNextPage(),
                    after));
        }

        @NonNull
        public List<@NonNull Story> getNodes() {
            return edges.stream().map(StoryEdge::node).toList();
        }
    }

    @Type("StoryEdge")
    public record StoryEdge(@NonNull String cursor, @NonNull Story node) {
    }

    @Type("EventConnection")
    public record EventConnection(@NonNull List<@NonNull EventEdge> edges, @NonNull PageInfo pageInfo) {

        public static EventConnection of(Page<Event> page, String after) {
            List<EventEdge> edges = edgesOf(page, e -> e, EventEdge::new);
            return new EventConnection(edges, PageInfo.of(edges, EventEdge::cursor, page.pageInfo().hasNextPage(),
                    after));
        }

        @NonNull
        public List<@NonNull Event> getNodes() {
            return edges.stream().map(EventEdge::node).toList();
        }
    }

    @Type("EventEdge")
    public record EventEdge(@NonNull String cursor, @NonNull Event node) {
    }

    @Type("EntityConnection")
    public record EntityConnection(@NonNull List<@NonNull EntityEdge> edges, @NonNull PageInfo pageInfo) {

        public static EntityConnection of(Page<EntityRecord> page, String after) {
            List<EntityEdge> edges = edgesOf(page, EntityBase::of, EntityEdge::new);
            return new EntityConnection(edges, PageInfo.of(edges, EntityEdge::cursor,
                    page.pageInfo().hasNextPage(), after));
        }

        @NonNull
        public List<@NonNull Entity> getNodes() {
            return edges.stream().map(EntityEdge::node).toList();
        }
    }

    @Type("EntityEdge")
    public record EntityEdge(@NonNull String cursor, @NonNull Entity node) {
    }

    @Type("QuoteConnection")
    @Description("A record's quotes, with how many there are in all")
    public record QuoteConnection(@NonNull List<@NonNull QuoteEdge> edges, @NonNull PageInfo pageInfo,
            @Description("How many quotes the list has in all, on every page") int totalCount) {

        @NonNull
        public List<@NonNull Quote> getNodes() {
            return edges.stream().map(QuoteEdge::node).toList();
        }
    }

    @Type("QuoteEdge")
    public record QuoteEdge(@NonNull String cursor, @NonNull Quote node) {
    }

    @Type("QuoteSearchConnection")
    @Description("Quotes found by a search, best first")
    public record QuoteSearchConnection(@NonNull List<@NonNull QuoteSearchEdge> edges, @NonNull PageInfo pageInfo) {

        @NonNull
        public List<@NonNull Quote> getNodes() {
            return edges.stream().map(QuoteSearchEdge::node).toList();
        }
    }

    @Type("QuoteSearchEdge")
    public record QuoteSearchEdge(@NonNull String cursor, @NonNull Quote node,
            @Description("The text with the matched words marked (when words were searched for)") String snippet) {
    }
}
