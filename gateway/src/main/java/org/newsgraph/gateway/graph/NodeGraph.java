package org.newsgraph.gateway.graph;

import java.util.List;

import io.smallrye.mutiny.Uni;
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
    public Uni<Node> node(@NonNull @Id String id) {
        return caller.check(Roles.VIEWER).chain(() -> find(GivenIds.of(id, "id")));
    }

    /**
     * Asks every kind's lookup at once: ids are unique across the suite, so at most one has it. A
     * lookup that failed matters only when none found the record.
     */
    private Uni<Node> find(String id) {
        List<Uni<Object>> lookups = List.<Uni<? extends Node>>of(events.story(id), events.event(id), quotes.quote(id),
                entities.byId(id)).stream().map(lookup -> lookup.map(Object.class::cast)
                        .onFailure().recoverWithItem(failure -> failure)).toList();
        return Uni.join().all(lookups).andFailFast().map(results -> results.stream()
                .filter(Node.class::isInstance).map(Node.class::cast).findFirst()
                .orElseThrow(() -> results.stream().filter(r -> !(r instanceof GraphError.NotFound))
                        .map(RuntimeException.class::cast).findFirst()
                        .orElseGet(() -> new GraphError.NotFound("no record " + id))));
    }
}
