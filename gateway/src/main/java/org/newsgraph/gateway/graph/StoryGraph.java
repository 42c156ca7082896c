package org.newsgraph.gateway.graph;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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
import org.newsgraph.gateway.client.Downstream;
import org.newsgraph.gateway.client.Entities;
import org.newsgraph.gateway.client.EventServiceClient;
import org.newsgraph.gateway.client.Events;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.gateway.model.Changes.EventChange;
import org.newsgraph.gateway.model.Changes.StoryChange;
import org.newsgraph.gateway.model.Changes.StorySnapshot;
import org.newsgraph.gateway.model.Changes;
import org.newsgraph.gateway.model.Connections.EventConnection;
import org.newsgraph.gateway.model.Connections.StoryConnection;
import org.newsgraph.gateway.model.Entity;
import org.newsgraph.gateway.model.Enums.EventKind;
import org.newsgraph.gateway.model.Enums.Occurrence;
import org.newsgraph.gateway.model.Event;
import org.newsgraph.gateway.model.EventRelation;
import org.newsgraph.gateway.model.Inputs.EventInput;
import org.newsgraph.gateway.model.Inputs.StoryInput;
import org.newsgraph.gateway.model.Location;
import org.newsgraph.gateway.model.Paging;
import org.newsgraph.gateway.model.Person;
import org.newsgraph.gateway.model.Place;
import org.newsgraph.gateway.model.RenderedTime;
import org.newsgraph.gateway.model.Story;
import org.newsgraph.platform.security.Roles;
import org.newsgraph.platform.workflow.WorkflowState;

/** Stories and their timelines: queries, joins, time rendering and mutations. */
@GraphQLApi
public class StoryGraph {

    private static final String SERVICE = "event-service";

    @Inject
    Caller caller;

    @Inject
    Events events;

    @Inject
    Entities entities;

    // ---- queries --------------------------------------------------------------------------

    @Query
    @Description("A story by id or by slug")
    public Story story(@Id String id, String slug) {
        caller.require(Roles.VIEWER);
        if ((id == null) == (slug == null)) {
            throw new GraphError.BadUserInput("give either id or slug", "id");
        }
        if (id != null) {
            Story story = events.stories(List.of(id)).get(id);
            if (story == null) {
                throw new GraphError.NotFound("no story " + id);
            }
            return story;
        }
        return Downstream.call(SERVICE, () -> events.client().stories(slug, 1, null)).edges().stream()
                .map(e -> e.node()).findFirst().orElseThrow(() -> new GraphError.NotFound("no story " + slug));
    }

    @Query
    @Description("Stories the caller may see, newest first")
    public StoryConnection stories(Integer first, String after) {
        caller.require(Roles.VIEWER);
        return StoryConnection.of(Downstream.call(SERVICE, () -> events.client().stories(null, Paging.size(first),
                after)), after);
    }

    @Query
    @Description("An event by id")
    public Event event(@NonNull @Id String id, @Description("IANA zone to show its times in") String zone) {
        caller.require(Roles.VIEWER);
        Event event = events.events(List.of(id)).get(id);
        if (event == null) {
            throw new GraphError.NotFound("no event " + id);
        }
        return event.inZone(zone(zone));
    }

    @Query
    @Description("A story's events in time order, filtered and paged. from/to are dates (2025-08-15), local "
            + "date-times (2025-08-15T11:30) read in zone, or instants; zone also sets how times are shown")
    public EventConnection timeline(@NonNull @Id String storyId, String from, String to, String zone,
            @Nullable List<@NonNull EventKind> kinds, @Id String participantId, Occurrence occurrence,
            WorkflowState state, Integer first, String after) {
        caller.require(Roles.VIEWER);
        return page(storyId, from, to, zone(zone), kinds, participantId, occurrence, state, first, after);
    }

    @Query
    @Description("A story and its timeline as they were at a past instant")
    public StorySnapshot storyAsOf(@NonNull @Id String id, @NonNull Instant at, String zone) {
        caller.require(Roles.VIEWER);
        String readerZone = zone(zone);
        EventServiceClient.StoryAsOf asOf = Downstream.call(SERVICE, () -> events.client().asOf(id, at.toString()));
        return new StorySnapshot(asOf.asOf(), (int) asOf.revision(), asOf.story(),
                asOf.timeline().stream().map(e -> e.inZone(readerZone)).toList());
    }

    // ---- joins ----------------------------------------------------------------------------

    @Description("The story's events in time order, filtered like the root timeline (times shown in zone if "
            + "given)")
    public List<EventConnection> timeline(@Source List<Story> stories, String from, String to, String zone,
            @Nullable List<@NonNull EventKind> kinds, @Id String participantId, Occurrence occurrence,
            WorkflowState state, Integer first, String after) {
        String readerZone = zone(zone);
        if (from != null || to != null || kinds != null || participantId != null || occurrence != null
                || state != null) {
            return stories.stream().map(s -> page(s.id(), from, to, readerZone, kinds, participantId, occurrence,
                    state, first, after)).toList();
        }
        Map<String, List<Event>> byStory = events.ofStories(stories.stream().map(Story::id).toList()).stream()
                .collect(Collectors.groupingBy(Event::storyId));
        return stories.stream().map(s -> EventConnection.of(byStory.getOrDefault(s.id(), List.of()), first,
                after).inZone(readerZone)).toList();
    }

    @Description("The story this event belongs to")
    public List<Story> story(@Source List<Event> list) {
        Map<String, Story> found = events.stories(list.stream().map(Event::storyId).toList());
        return list.stream().map(e -> found.get(e.storyId())).toList();
    }

    @Description("The other event of the relation")
    public List<Event> event(@Source List<EventRelation> relations) {
        Map<String, Event> found = events.events(relations.stream().map(EventRelation::eventId).toList());
        return relations.stream().map(r -> found.get(r.eventId())).toList();
    }

    @Description("Where it happened")
    public List<Location> location(@Source List<Event> list) {
        Map<String, Entity> places = entities.lookup(list.stream().map(Event::placeId).filter(Objects::nonNull)
                .toList());
        return list.stream().map(e -> e.placeId() == null && e.locationLabel() == null ? null
                : new Location(places.get(e.placeId()) instanceof Place p ? p : null, e.locationLabel())).toList();
    }

    @Description("The events this person took part in (or was absent from), in time order")
    public List<EventConnection> events(@Source List<Person> people, Integer first, String after, String zone) {
        String readerZone = zone(zone);
        List<String> ids = EntityGraph.ids(people);
        List<Event> all = events.ofParticipants(ids);
        return people.stream().map(p -> EventConnection.of(all.stream()
                .filter(e -> e.participants().stream().anyMatch(x -> x.entityId().equals(p.getId()))).toList(),
                first, after).inZone(readerZone)).toList();
    }

    @Description("When it started, shown in zone (default: the zone asked for above, else the event's own)")
    public Uni<RenderedTime> startsAt(@Source Event event, String zone) {
        // a Uni: computed on the event loop, not on a worker thread per event (no I/O here)
        return Uni.createFrom().item(() -> Times.start(event.time(), zone(zone) != null ? zone(zone) : event.zone(),
                "event " + event.id()));
    }

    @Description("When it ended, if the source said (shown like startsAt)")
    public Uni<RenderedTime> endsAt(@Source Event event, String zone) {
        return Uni.createFrom().item(() -> Times.end(event.time(), zone(zone) != null ? zone(zone) : event.zone(),
                "event " + event.id()));
    }

    @Description("Every change to this story")
    @Nullable
    public List<@NonNull StoryChange> history(@Source Story story) {
        return Changes.of(Downstream.call(SERVICE, () -> events.client().storyHistory(story.id())), StoryChange::new);
    }

    @Description("Every change to this event")
    @Nullable
    public List<@NonNull EventChange> history(@Source Event event) {
        return Changes.of(Downstream.call(SERVICE, () -> events.client().eventHistory(event.id())), EventChange::new);
    }

    // ---- mutations ------------------------------------------------------------------------

    @Mutation
    @Description("Open a story, as a draft (reporter)")
    public Story createStory(@NonNull StoryInput input) {
        caller.require(Roles.REPORTER);
        return Downstream.call(SERVICE, () -> events.client().createStory(input));
    }

    @Mutation
    @Description("Edit a story; version is the one the edit is based on (reporter)")
    public Story updateStory(@NonNull @Id String id, int version, @NonNull StoryInput input) {
        caller.require(Roles.REPORTER);
        return Downstream.call(SERVICE, () -> events.client().updateStory(id, Bodies.withVersion(input, version)));
    }

    @Mutation
    @Description("Move a story in the workflow: IN_REVIEW (reporter), PUBLISHED, RETRACTED with a reason (editor)")
    public Story moveStory(@NonNull @Id String id, @NonNull WorkflowState to, int version, String reason) {
        caller.require(Roles.REPORTER);
        return Downstream.call(SERVICE, () -> events.client().moveStory(id,
                Bodies.of("to", to, "version", version, "reason", reason)));
    }

    @Mutation
    @Description("Delete a story for good; refused while it has events (admin)")
    public boolean deleteStory(@NonNull @Id String id) {
        caller.require(Roles.ADMIN);
        Downstream.run(SERVICE, () -> events.client().deleteStory(id));
        return true;
    }

    @Mutation
    @Description("Add an event to a story, as a draft (reporter)")
    public Event createEvent(@NonNull EventInput input) {
        caller.require(Roles.REPORTER);
        return Downstream.call(SERVICE, () -> events.client().createEvent(input));
    }

    @Mutation
    @Description("Edit an event; version is the one the edit is based on (reporter; editor once published)")
    public Event updateEvent(@NonNull @Id String id, int version, @NonNull EventInput input) {
        caller.require(Roles.REPORTER);
        return Downstream.call(SERVICE, () -> events.client().updateEvent(id, Bodies.withVersion(input, version)));
    }

    @Mutation
    @Description("Move an event in the workflow: IN_REVIEW (reporter), PUBLISHED, RETRACTED with a reason (editor)")
    public Event moveEvent(@NonNull @Id String id, @NonNull WorkflowState to, int version, String reason) {
        caller.require(Roles.REPORTER);
        return Downstream.call(SERVICE, () -> events.client().moveEvent(id,
                Bodies.of("to", to, "version", version, "reason", reason)));
    }

    @Mutation
    @Description("Delete an event for good; refused while another event relates to it (admin)")
    public boolean deleteEvent(@NonNull @Id String id) {
        caller.require(Roles.ADMIN);
        Downstream.run(SERVICE, () -> events.client().deleteEvent(id));
        return true;
    }

    // ---- internals ------------------------------------------------------------------------

    private EventConnection page(String storyId, String from, String to, String readerZone, List<EventKind> kinds,
            String participantId, Occurrence occurrence, WorkflowState state, Integer first, String after) {
        return EventConnection.of(Downstream.call(SERVICE, () -> events.client().timeline(storyId,
                from, to, readerZone, kinds == null ? null : kinds.stream().map(Enum::name).toList(), participantId,
                occurrence == null ? null : occurrence.name(), state == null ? null : state.name(),
                Paging.size(first), after)), after).inZone(readerZone);
    }

    static String zone(String zone) {
        return Times.zone(zone);
    }
}
