package org.newsgraph.gateway.graph;

import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.gateway.client.Entities;
import org.newsgraph.gateway.model.Delegation;
import org.newsgraph.gateway.model.DelegationMember;
import org.newsgraph.gateway.model.Entity;

/** Delegations: their head, the organisation that sent them, their members (their events: EntityGraph). */
@GraphQLApi
public class DelegationGraph {

    @Inject
    Entities entities;

    @Description("The delegation's head (one of its members)")
    public Uni<List<Entity>> head(@Source List<Delegation> delegations) {
        return entities.of(delegations, Delegation::getHeadId);
    }

    @Description("The organisation that sent the delegation")
    public Uni<List<Entity>> organisation(@Source List<Delegation> delegations) {
        return entities.of(delegations, Delegation::getOrganisationId);
    }

    @Description("The person")
    public Uni<List<Entity>> person(@Source List<DelegationMember> members) {
        return entities.of(members, DelegationMember::personId);
    }
}
