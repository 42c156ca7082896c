package org.newsgraph.gateway.graph;

import java.util.List;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.gateway.Derived;
import org.newsgraph.gateway.client.Entities;
import org.newsgraph.gateway.client.Events;
import org.newsgraph.gateway.client.Quotes;
import org.newsgraph.gateway.model.Revisions.EventRevision;
import org.newsgraph.gateway.model.Connections.EventConnection;
import org.newsgraph.gateway.model.Connections.QuoteConnection;
import org.newsgraph.gateway.model.Entity;
import org.newsgraph.gateway.model.Enums.EventKind;
import org.newsgraph.gateway.model.Enums.Occurrence;
import org.newsgraph.gateway.model.Event;
import org.newsgraph.gateway.model.EventRelation;
import org.newsgraph.gateway.model.Inputs.EventInput;
import org.newsgraph.gateway.model.Location;
import org.newsgraph.gateway.model.Participant;
import org.newsgraph.gateway.model.Place;
import org.newsgraph.gateway.model.RenderedTime;
import org.newsgraph.gateway.model.Story;
import org.newsgraph.gateway.model.TimelineFilter;
import org.newsgraph.platform.security.Roles;
import org.newsgraph.platform.workflow.WorkflowState;

/** Events and their parts (participants, relations, location): finding, joining, timing and changing them. */
@GraphQLApi
public class EventGraph {

    @Inject
    Caller caller;

    @Inject
    QueryBudget budget;

    @Inject
    Events events;

    @Inject
    Entities entities;

    @Inject
    Quotes quotes;

    @Inject
    Context context;

    @Query
    @Description("An event by id")
    public Uni<Event> event(@NonNull @Id String id, @Description("IANA zone to show its times in") String zone) {
        return caller.check(Roles.VIEWER).invoke(() -> Times.zone(zone))
                .chain(() -> events.event(GivenIds.of(id, "id")));
    }

    @Query
    @Description("A story's events in time order, filtered and paged. from/to are dates (2025-08-15), local "
            + "date-times (2025-08-15T11:30) read in zone, or instants; zone also sets how times are shown")
    public Uni<EventConnection> timeline(@NonNull @Id String storyId, String from, String to, String zone,
            @Nullable List<@NonNull EventKind> kinds, @Id String participantId, Occurrence occurrence,
            WorkflowState state, Integer first, String after) {
        return caller.check(Roles.VIEWER).chain(() -> events.timeline(GivenIds.of(storyId, "storyId"),
                new TimelineFilter(from, to, kinds, participantId, occurrence, state), Times.zone(zone), first, after));
    }

    @Description("The story this event belongs to")
    public Uni<List<Story>> story(@Source List<Event> list) {
        return events.storyOf(list, Event::storyId);
    }

    @Description("The quotes said at this event")
    public Uni<List<QuoteConnection>> quotes(@Source List<Event> list, Integer first, String after) {
        return budget.pages(list.size(), first, () -> quotes.of(Quotes.Parent.EVENT, list, Event::id, first, after));
    }

    @Description("When it started, shown in zone (default: the zone asked for above, else the event's own)")
    @Derived
    public RenderedTime startsAt(@Source Event event, String zone) {
        return Times.start(event.time(), Times.readerZone(zone, context), "event " + event.id());
    }

    @Description("When it ended, if the source said (shown like startsAt)")
    @Derived
    public RenderedTime endsAt(@Source Event event, String zone) {
        return Times.end(event.time(), Times.readerZone(zone, context), "event " + event.id());
    }

    @Nullable
    @Description("Every change to this event")
    public Uni<List<@NonNull EventRevision>> history(@Source Event event) {
        return budget.history(() -> events.eventHistory(event.id()));
    }

    @Description("The person, organisation or delegation taking part")
    public Uni<List<Entity>> entity(@Source List<Participant> participants) {
        return entities.of(participants, Participant::entityId);
    }

    @Description("The other event of the relation")
    public Uni<List<Event>> event(@Source List<EventRelation> relations) {
        return events.eventOf(relations, EventRelation::eventId);
    }

    public Uni<List<Place>> place(@Source List<Location> locations) {
        return entities.of(locations, Location::placeId)
                .map(found -> found.stream().map(e -> e instanceof Place place ? place : null).toList());
    }

    @Mutation
    @Description("Add an event to a story, as a draft (reporter)")
    public Uni<Event> createEvent(@NonNull EventInput input) {
        return caller.check(Roles.REPORTER).chain(() -> events.createEvent(input));
    }

    @Mutation
    @Description("Edit an event; version is the one the edit is based on (reporter; editor once published)")
    public Uni<Event> updateEvent(@NonNull @Id String id, int version, @NonNull EventInput input) {
        return caller.check(Roles.REPORTER).chain(() -> events.updateEvent(id, version, input));
    }

    @Mutation
    @Description("Move an event in the workflow: IN_REVIEW (reporter), PUBLISHED, RETRACTED with a reason (editor)")
    public Uni<Event> moveEvent(@NonNull @Id String id, @NonNull WorkflowState to, int version, String reason) {
        return caller.check(Roles.REPORTER).chain(() -> events.moveEvent(id, to, version, reason));
    }

    @Mutation
    @NonNull
    @Description("Delete an event for good; refused while another event relates to it (admin)")
    public Uni<Boolean> deleteEvent(@NonNull @Id String id) {
        return caller.check(Roles.ADMIN).chain(() -> events.deleteEvent(id));
    }
}
