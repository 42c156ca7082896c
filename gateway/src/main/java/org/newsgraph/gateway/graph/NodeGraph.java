package org.newsgraph.gateway.graph;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.newsgraph.gateway.client.Entities;
import org.newsgraph.gateway.client.Events;
import org.newsgraph.gateway.client.Quotes;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.gateway.model.Node;
import org.newsgraph.platform.security.Roles;

/** Any record by its id alone, for clients that refetch what they hold (Relay, normalised caches). */
@GraphQLApi
public class NodeGraph {

    @Inject
    Caller caller;

    @Inject
    Events events;

    @Inject
    Quotes quotes;

    @Inject
    Entities entities;

    @Query
    @Description("A story, event, quote or entity by its id, whatever its type")
    public Node node(@NonNull @Id String id) {
        caller.require(Roles.VIEWER);
        if (!isUuid(id)) {
            throw new GraphError.NotFound("no record " + id);
        }
        List<Function<List<String>, Map<String, ? extends Node>>> lookups = List.of(events::stories, events::events,
                quotes::lookup, entities::lookup);
        GraphError.Unavailable failed = null;
        for (Function<List<String>, Map<String, ? extends Node>> lookup : lookups) {
            try {
                Node found = lookup.apply(List.of(id)).get(id);
                if (found != null) {
                    return found;
                }
            } catch (GraphError.Unavailable e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
        throw new GraphError.NotFound("no record " + id);
    }

    private static boolean isUuid(String id) {
        try {
            UUID.fromString(id);
            return id.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
