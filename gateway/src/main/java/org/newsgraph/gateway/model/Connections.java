package org.newsgraph.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.gateway.model.Paging.PageInfo;
import org.newsgraph.platform.paging.Page;

/** The connection and edge types of the schema's lists. */
public final class Connections {

    private Connections() {
    }

    @Type("StoryConnection")
    public record StoryConnection(List<StoryEdge> edges, PageInfo pageInfo) {
        public static StoryConnection of(Page<Story> page) {
            return new StoryConnection(page.edges().stream().map(e -> new StoryEdge(e.cursor(), e.node())).toList(),
                    PageInfo.of(page.pageInfo()));
        }
    }

    @Type("StoryEdge")
    public record StoryEdge(String cursor, Story node) {
    }

    @Type("EventConnection")
    public record EventConnection(List<EventEdge> edges, PageInfo pageInfo) {
        public static EventConnection of(Page<Event> page) {
            return new EventConnection(page.edges().stream().map(e -> new EventEdge(e.cursor(), e.node())).toList(),
                    PageInfo.of(page.pageInfo()));
        }

        public static EventConnection of(List<Event> all, Integer first, String after) {
            List<EventEdge> edges = Paging.slice(all, first, after, EventEdge::new);
            return new EventConnection(edges, new PageInfo(Paging.hasMore(all, first, after),
                    edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
        }
    }

    @Type("EventEdge")
    public record EventEdge(String cursor, Event node) {
    }

    @Type("EntityConnection")
    public record EntityConnection(List<EntityEdge> edges, PageInfo pageInfo) {
    }

    @Type("EntityEdge")
    public record EntityEdge(String cursor, Entity node) {
    }
}
