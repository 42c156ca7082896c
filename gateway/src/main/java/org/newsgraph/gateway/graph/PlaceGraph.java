package org.newsgraph.gateway.graph;

import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.gateway.client.Events;
import org.newsgraph.gateway.model.Connections.EventConnection;
import org.newsgraph.gateway.model.Place;

/** Places: the events held there (an event's location names its place). */
@GraphQLApi
public class PlaceGraph {

    @Inject
    Events events;

    @Inject
    QueryBudget budget;

    @Description("The events held at this place, in time order")
    public Uni<List<EventConnection>> events(@Source List<Place> places, Integer first, String after, String zone) {
        return budget.pages(places.size(), first, () -> events.eventsAt(places, Place::getId, zone, first, after));
    }
}
