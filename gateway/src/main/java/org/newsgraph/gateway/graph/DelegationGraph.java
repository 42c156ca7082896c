package org.newsgraph.gateway.graph;

import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.gateway.client.Entities;
import org.newsgraph.gateway.client.Events;
import org.newsgraph.gateway.model.Connections.EventConnection;
import org.newsgraph.gateway.model.Delegation;
import org.newsgraph.gateway.model.DelegationMember;
import org.newsgraph.gateway.model.Entity;

/** Delegations: their head, the organisation that sent them, their members, and the events they took part in. */
@GraphQLApi
public class DelegationGraph {

    @Inject
    Entities entities;

    @Inject
    Events events;

    @Inject
    QueryBudget budget;

    @Description("The delegation's head (one of its members)")
    public Uni<List<Entity>> head(@Source List<Delegation> delegations) {
        return entities.of(delegations, Delegation::getHeadId);
    }

    @Description("The organisation that sent the delegation")
    public Uni<List<Entity>> organisation(@Source List<Delegation> delegations) {
        return entities.of(delegations, Delegation::getOrganisationId);
    }

    @Description("The events this delegation took part in (or was absent from), in time order")
    public Uni<List<EventConnection>> events(@Source List<Delegation> delegations, Integer first, String after,
            String zone) {
        return budget.pages(delegations.size(), first,
                () -> events.eventsWith(delegations, Delegation::getId, zone, first, after));
    }

    @Description("The person")
    public Uni<List<Entity>> person(@Source List<DelegationMember> members) {
        return entities.of(members, DelegationMember::personId);
    }
}
