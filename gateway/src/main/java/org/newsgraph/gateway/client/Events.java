package org.newsgraph.gateway.client;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.gateway.model.Revisions;
import org.newsgraph.gateway.model.Revisions.EventRevision;
import org.newsgraph.gateway.model.Revisions.StoryRevision;
import org.newsgraph.gateway.model.Revisions.StorySnapshot;
import org.newsgraph.gateway.model.Connections.EventConnection;
import org.newsgraph.gateway.model.Connections.StoryConnection;
import org.newsgraph.gateway.model.Entity;
import org.newsgraph.gateway.model.Enums.EntityKind;
import org.newsgraph.gateway.model.Event;
import org.newsgraph.gateway.model.Inputs.EventInput;
import org.newsgraph.gateway.model.Inputs.StoryInput;
import org.newsgraph.gateway.model.Paging;
import org.newsgraph.gateway.model.Story;
import org.newsgraph.gateway.model.TimelineFilter;
import org.newsgraph.platform.paging.Page;
import org.newsgraph.platform.workflow.WorkflowState;

/** Stories, their events and timelines: everything the graph asks event-service. */
@ApplicationScoped
public class Events {

    static final String SERVICE = "event-service";

    /** At most this many slugs are remembered; past it the memory starts again (stories are far fewer). */
    private static final int SLUGS_REMEMBERED = 10_000;

    /** Whose timelines a batch pages: stories', the events an entity took part in, or those held at a place. */
    private enum Parent {
        STORY, PARTICIPANT, PLACE
    }

    /** One loader per distinct timeline request in a query: the pages of many parents asked alike. */
    private record TimelineKey(Parent parent, TimelineFilter filter, String zone, int first, String after) {
    }

    @Inject
    @RestClient
    EventServiceClient client;

    @Inject
    Loaders loaders;

    /**
     * The id of each story read by slug, so that the next query by that slug can start the story's
     * timeline while the story is read (see {@link #knownStoryId}). Only a hint: a wrong one costs a
     * timeline page loaded for nothing, never a wrong answer, since pages are kept by story id.
     */
    private final Map<String, String> storyIdsBySlug = new ConcurrentHashMap<>();

    public Uni<Story> story(String id) {
        return stories().load(List.of(id)).map(found -> found.get(id))
                .onItem().ifNull().failWith(() -> new GraphError.NotFound("no story " + id));
    }

    public Uni<Story> storyBySlug(String slug) {
        return call(client.stories(slug, 1, null)).map(page -> page.edges().stream().map(Page.Edge::node)
                .findFirst().orElseThrow(() -> new GraphError.NotFound("no story " + slug)))
                .invoke(story -> remember(slug, story.id()));
    }

    /** The id of the story last read by this slug, or null: a hint, see {@link #storyIdsBySlug}. */
    public String knownStoryId(String slug) {
        return storyIdsBySlug.get(slug);
    }

    private void remember(String slug, String storyId) {
        if (storyIdsBySlug.size() >= SLUGS_REMEMBERED) {
            storyIdsBySlug.clear();
        }
        storyIdsBySlug.put(slug, storyId);
    }

    /** The story each parent belongs to, in one call per level of the query. */
    public <P> Uni<List<Story>> storyOf(List<P> parents, Function<P, String> storyId) {
        return stories().each(parents, storyId);
    }

    /** Stories the caller may see, newest first. */
    public Uni<StoryConnection> stories(Integer first, String after) {
        return call(client.stories(null, Paging.size(first), after)).map(page -> StoryConnection.of(page, after));
    }

    public Uni<Event> event(String id) {
        return events().load(List.of(id)).map(found -> found.get(id))
                .onItem().ifNull().failWith(() -> new GraphError.NotFound("no event " + id));
    }

    /** The event each parent names, in one call per level of the query. */
    public <P> Uni<List<Event>> eventOf(List<P> parents, Function<P, String> eventId) {
        return events().each(parents, eventId);
    }

    /** A page of one story's timeline; NOT_FOUND if the caller may not see the story. */
    public Uni<EventConnection> timeline(String storyId, TimelineFilter filter, String zone, Integer first,
            String after) {
        return call(client.timeline(storyId, params(filter, zone, Paging.size(first), after)))
                .map(page -> EventConnection.of(page, after));
    }

    /**
     * A page of each story's timeline, filtered alike, from one call per level of the query. The
     * arguments are checked by the time the Uni runs (a batched field reports a failed Uni, not a throw);
     * event-service checks the zone.
     */
    public <P> Uni<List<EventConnection>> timelines(List<P> stories, Function<P, String> storyId,
            TimelineFilter filter, String zone, Integer first, String after) {
        return Uni.createFrom().deferred(() -> pages(new TimelineKey(Parent.STORY, filter, zone, Paging.size(first),
                after)).each(stories, storyId));
    }

    /**
     * A page of each record's events, in time order: those a person, organisation or delegation took
     * part in (or was absent from), those held at a place. One call per kind of record in the list.
     */
    public Uni<List<EventConnection>> eventsOf(List<? extends Entity> records, String zone, Integer first,
            String after) {
        return Uni.createFrom().deferred(() -> {
            Uni<List<EventConnection>> tookPart = pages(new TimelineKey(Parent.PARTICIPANT, TimelineFilter.NONE, zone,
                    Paging.size(first), after)).each(records, r -> isPlace(r) ? null : r.getId());
            Uni<List<EventConnection>> heldThere = pages(new TimelineKey(Parent.PLACE, TimelineFilter.NONE, zone,
                    Paging.size(first), after)).each(records, r -> isPlace(r) ? r.getId() : null);
            return Uni.combine().all().unis(tookPart, heldThere).with((took, held) -> IntStream.range(0, records.size())
                    .mapToObj(i -> isPlace(records.get(i)) ? held.get(i) : took.get(i)).toList());
        });
    }

    private static boolean isPlace(Entity record) {
        return record.getKind() == EntityKind.PLACE;
    }

    public Uni<StorySnapshot> asOf(String storyId, Instant at) {
        return call(client.asOf(storyId, at.toString())).map(asOf -> new StorySnapshot(asOf.asOf(),
                (int) asOf.revision(), asOf.story(), asOf.timeline()));
    }

    public Uni<List<StoryRevision>> storyHistory(String id) {
        return call(client.storyHistory(id)).map(history -> Revisions.of(history, StoryRevision::new));
    }

    public Uni<List<EventRevision>> eventHistory(String id) {
        return call(client.eventHistory(id)).map(history -> Revisions.of(history, EventRevision::new));
    }

    public Uni<Story> createStory(StoryInput input) {
        return call(client.createStory(input));
    }

    public Uni<Story> updateStory(String id, int version, StoryInput input) {
        return call(client.updateStory(id, Bodies.withVersion(input, version)));
    }

    public Uni<Story> moveStory(String id, WorkflowState to, int version, String reason) {
        return call(client.moveStory(id, Bodies.move(to, version, reason)));
    }

    public Uni<Boolean> deleteStory(String id) {
        return call(client.deleteStory(id)).replaceWith(true);
    }

    public Uni<Event> createEvent(EventInput input) {
        return call(client.createEvent(input));
    }

    public Uni<Event> updateEvent(String id, int version, EventInput input) {
        return call(client.updateEvent(id, Bodies.withVersion(input, version)));
    }

    public Uni<Event> moveEvent(String id, WorkflowState to, int version, String reason) {
        return call(client.moveEvent(id, Bodies.move(to, version, reason)));
    }

    public Uni<Boolean> deleteEvent(String id) {
        return call(client.deleteEvent(id)).replaceWith(true);
    }

    private Loader<Story> stories() {
        return loaders.get("stories", () -> new Loader<>(Paging.MAX_IDS, ids -> call(client.storyLookup(
                Downstream.ids(ids))).map(lookup -> byId(lookup.stories(), Story::id))));
    }

    private Loader<Event> events() {
        return loaders.get("events", () -> new Loader<>(Paging.MAX_IDS, ids -> call(client.eventLookup(
                Downstream.ids(ids))).map(lookup -> byId(lookup.events(), Event::id))));
    }

    private Loader<EventConnection> pages(TimelineKey key) {
        return loaders.get(key, () -> new Loader<>(Paging.MAX_IDS, ids -> call(client.timelines(
                key.parent() == Parent.STORY ? Downstream.ids(ids) : null,
                key.parent() == Parent.PARTICIPANT ? Downstream.ids(ids) : null,
                key.parent() == Parent.PLACE ? Downstream.ids(ids) : null,
                params(key.filter(), key.zone(), key.first(), key.after()))).map(answer -> {
                    Map<String, EventConnection> byParent = new HashMap<>();
                    answer.timelines().forEach(t -> byParent.put(t.id(), EventConnection.of(
                            new Page<>(t.edges(), t.pageInfo()), key.after())));
                    return byParent;
                })));
    }

    private static EventServiceClient.TimelineParams params(TimelineFilter filter, String zone, int first,
            String after) {
        EventServiceClient.TimelineParams params = new EventServiceClient.TimelineParams();
        params.from = filter.from();
        params.to = filter.to();
        params.zone = zone;
        params.kinds = filter.kinds() == null ? null : filter.kinds().stream().map(Enum::name).toList();
        params.participantId = filter.participantId();
        params.occurrence = filter.occurrence() == null ? null : filter.occurrence().name();
        params.state = filter.state() == null ? null : filter.state().name();
        params.first = first;
        params.after = after;
        return params;
    }

    private static <T> Map<String, T> byId(List<T> found, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        found.forEach(item -> byId.put(id.apply(item), item));
        return byId;
    }

    private static <T> Uni<T> call(Uni<T> call) {
        return Downstream.call(SERVICE, call);
    }
}
