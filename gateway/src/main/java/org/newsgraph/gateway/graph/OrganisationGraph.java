package org.newsgraph.gateway.graph;

import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.gateway.client.Events;
import org.newsgraph.gateway.model.Connections.EventConnection;
import org.newsgraph.gateway.model.Organisation;

/** Organisations: the events they took part in (a ministry at talks, a government that was absent). */
@GraphQLApi
public class OrganisationGraph {

    @Inject
    Events events;

    @Inject
    QueryBudget budget;

    @Description("The events this organisation took part in (or was absent from), in time order")
    public Uni<List<EventConnection>> events(@Source List<Organisation> organisations, Integer first, String after,
            String zone) {
        return budget.pages(organisations.size(), first,
                () -> events.eventsWith(organisations, Organisation::getId, zone, first, after));
    }
}
