package org.newsgraph.event.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.newsgraph.event.Event;
import org.newsgraph.event.EventRelation;
import org.newsgraph.event.EventTime;
import org.newsgraph.event.Occurrence;
import org.newsgraph.event.Participant;
import org.newsgraph.event.Story;
import org.newsgraph.event.api.EventInput;
import org.newsgraph.event.api.EventLookup;
import org.newsgraph.event.api.EventView;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.newsgraph.event.client.EntityServiceClient;
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.audit.History;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.reference.MovedReferences;
import org.newsgraph.platform.reference.ReferenceChecker;
import org.newsgraph.platform.reference.Referrers;
import org.newsgraph.platform.reference.Resolved;
import org.newsgraph.platform.security.CurrentUser;
import org.newsgraph.platform.security.Roles;
import org.newsgraph.platform.source.Source;
import org.newsgraph.platform.time.TimeRules;
import org.newsgraph.platform.workflow.TransitionRequest;
import org.newsgraph.platform.workflow.Workflow;
import org.newsgraph.platform.workflow.WorkflowState;

/** Timeline events: writes with their checks, the workflow, and reads that hide drafts from viewers. */
@ApplicationScoped
@Transactional
public class EventService {

    /** Most ids one batch call answers. */
    public static final int MAX_BATCH = 500;

    /** Timeline order: by sort key, finer precision first, then by id so that ties stay put. */
    static final String TIMELINE_ORDER = " order by e.time.sortKey, e.time.precisionRank, e.tieRank, e.id";

    @Inject
    EntityManager em;

    @Inject
    TimelineOrder timelineOrder;

    @Inject
    CurrentUser user;

    @Inject
    StoryService stories;

    @Inject
    ReferenceChecker references;

    @Inject
    @RestClient
    EntityServiceClient entityService;

    @Inject
    EventOutbox outbox;

    @Inject
    RelatedDrafts relatedDrafts;

    // ---- reading --------------------------------------------------------------------------

    @Transactional(SUPPORTS)
    public EventView get(UUID id, String zone) {
        Event event = visible(id);
        return view(event, zone, relatedDrafts.among(List.of(event)));
    }

    @Transactional(SUPPORTS)
    public EventLookup lookup(List<UUID> ids, String zone) {
        checkBatch(ids, "ids");
        Set<UUID> asked = new LinkedHashSet<>(ids);
        Map<UUID, Event> found = em.createQuery("select e from Event e, Story s where s.id = e.storyId"
                + " and e.id in :ids and e.state in :states and s.state in :states", Event.class)
                .setParameter("ids", asked).setParameter("states", stories.visibleStates())
                .getResultList().stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        Set<UUID> hidden = relatedDrafts.among(found.values());
        List<EventView> events = new ArrayList<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID id : asked) {
            Event event = found.get(id);
            if (event == null) {
                missing.add(id);
            } else {
                events.add(view(event, zone, hidden));
            }
        }
        return new EventLookup(events, missing);
    }

    /** Every change with who and when; a viewer sees only the revisions in which the event was public. */
    @Transactional(SUPPORTS)
    public List<Change<EventView>> history(UUID id) {
        visible(id);
        boolean notes = user.hasRole(Roles.REPORTER);
        List<Change<Event>> revisions = History.of(em, Event.class, id, Function.identity());
        Set<UUID> hidden = relatedDrafts.among(
                revisions.stream().map(Change::snapshot).filter(Objects::nonNull).toList());
        List<Change<EventView>> changes = revisions.stream().map(c -> new Change<>(c.revision(), c.at(), c.user(),
                c.kind(), c.snapshot() == null ? null : EventViews.of(c.snapshot(), null, notes, hidden))).toList();
        return Workflow.visibleHistory(changes, EventView::state, user::hasRole);
    }

    /** Per entity, the events (drafts too) naming it as participant or place: asked before it is deleted. */
    @Transactional(SUPPORTS)
    public Referrers referrers(List<UUID> entityIds) {
        checkBatch(entityIds, "entityIds");
        List<UUID[]> pairs = new ArrayList<>();
        em.createQuery("select p.entityId, e.id from Event e join e.participants p where p.entityId in :ids"
                + " order by e.id", Object[].class).setParameter("ids", entityIds).getResultList()
                .forEach(row -> pairs.add(new UUID[] { (UUID) row[0], (UUID) row[1] }));
        em.createQuery("select e.placeId, e.id from Event e where e.placeId in :ids order by e.id", Object[].class)
                .setParameter("ids", entityIds).getResultList()
                .forEach(row -> pairs.add(new UUID[] { (UUID) row[0], (UUID) row[1] }));
        return Referrers.of(entityIds, pairs);
    }

    // ---- writing --------------------------------------------------------------------------

    public EventView create(EventInput input) {
        Story story = stories.visible(input.storyId());
        Event event = new Event();
        event.storyId = story.id;
        apply(event, input);
        event.persist();
        em.flush();
        timelineOrder.recompute(event.storyId);
        outbox.created(event);
        return view(event, null, Set.of());
    }

    public EventView update(UUID id, EventInput input) {
        Event event = visible(id);
        if (!event.storyId.equals(input.storyId())) {
            throw NewsgraphException.badInput("storyId", "an event cannot move to another story");
        }
        Workflow.checkEdit(event.state, user::hasRole);
        NewsgraphException.requireVersion(event.version, input.version(), "Event", id);
        apply(event, input);
        em.flush();
        timelineOrder.recompute(event.storyId);
        outbox.updated(event);
        return view(event, null, Set.of());
    }

    public EventView move(UUID id, TransitionRequest request) {
        Event event = visible(id);
        NewsgraphException.requireVersion(event.version, request.version(), "Event", id);
        Workflow.checkMove(event.state, request.to(), user::hasRole, request.reason());
        WorkflowState before = event.state;
        event.state = request.to();
        event.retractionReason = request.to() == WorkflowState.RETRACTED ? request.reason() : null;
        em.flush();
        outbox.moved(event, before);
        return view(event, null, Set.of());
    }

    /** Deletes for good (admin); refused while another event relates to this one. */
    public void delete(UUID id) {
        Event event = visible(id);
        List<Event> relating = em.createQuery("select distinct e from Event e join e.relations r"
                + " where r.eventId = :id", Event.class).setParameter("id", id).getResultList();
        if (!relating.isEmpty()) {
            throw NewsgraphException.conflict("event " + id + " is still related to by "
                    + relating.stream().map(e -> e.id.toString()).collect(Collectors.joining(", ")), event.version);
        }
        event.delete();
        em.flush();
        timelineOrder.recompute(event.storyId);
        outbox.deleted(event);
    }

    /**
     * After entity-service merged records: events (drafts too) that name one of them as participant or
     * place name its survivor instead, each as an edit by the caller (a new version and a revision in
     * its history). An event that already had the survivor among its participants keeps that one
     * participant. Only what entity-service says now is moved, so asking again changes nothing.
     */
    public MovedReferences followMerges(List<UUID> entityIds) {
        checkBatch(entityIds, "entityIds");
        Map<UUID, UUID> survivors = references.resolve(EntityServiceClient.SERVICE, entityIds, entityService::lookup)
                .merged();
        if (survivors.isEmpty()) {
            return new MovedReferences(0);
        }
        List<Event> naming = em.createQuery("select distinct e from Event e left join e.participants p"
                + " where p.entityId in :ids or e.placeId in :ids order by e.id", Event.class)
                .setParameter("ids", survivors.keySet()).getResultList();
        for (Event event : naming) {
            if (event.placeId != null) {
                event.placeId = survivors.getOrDefault(event.placeId, event.placeId);
            }
            Map<UUID, Participant> participants = new LinkedHashMap<>();
            for (Participant participant : event.participants) {
                UUID entityId = survivors.getOrDefault(participant.entityId, participant.entityId);
                // the survivor's own place in the event wins over the duplicate's
                if (!participants.containsKey(entityId) || entityId.equals(participant.entityId)) {
                    participants.put(entityId, new Participant(entityId, participant.role));
                }
            }
            event.participants.clear();
            event.participants.addAll(participants.values());
        }
        em.flush();
        naming.forEach(outbox::updated);
        return new MovedReferences(naming.size());
    }

    // ---- internals ------------------------------------------------------------------------

    /** The event if the caller may see it (it and its story); 404 otherwise. */
    private Event visible(UUID id) {
        Event event = Event.findById(id);
        if (event == null || !Workflow.isVisible(event.state, user::hasRole)
                || !Workflow.isVisible(Story.<Story> findById(event.storyId).state, user::hasRole)) {
            throw NewsgraphException.notFound("Event", id);
        }
        return event;
    }

    /** {@code hidden}: events relations to which are left out ({@link RelatedDrafts}); none for a writer. */
    private EventView view(Event event, String zone, Set<UUID> hidden) {
        return EventViews.of(event, zone, user.hasRole(Roles.REPORTER), hidden);
    }

    static void checkBatch(Collection<UUID> ids, String field) {
        if (ids.isEmpty()) {
            throw NewsgraphException.badInput(field, "give at least one id");
        }
        if (ids.size() > MAX_BATCH) {
            throw NewsgraphException.badInput(field, "at most " + MAX_BATCH + " ids per call");
        }
    }

    private void apply(Event event, EventInput input) {
        EventTime time = EventTime.of(TimeRules.resolve(input.time(), "time"));
        List<Participant> participants = input.participants() == null ? List.of() : input.participants();
        List<EventRelation> relations = input.relations() == null ? List.of() : input.relations();
        Map<UUID, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            Integer first = seen.putIfAbsent(participants.get(i).entityId, i);
            if (first != null) {
                throw NewsgraphException.badInput("participants[" + i + "].entityId",
                        "this participant is listed already (participants[" + first + "])");
            }
        }
        checkRelations(event, relations);

        // every id that points into entity-service, checked in one call with the caller's token
        Set<UUID> entityIds = new LinkedHashSet<>(seen.keySet());
        if (input.placeId() != null) {
            entityIds.add(input.placeId());
        }
        Resolved<EntityServiceClient.Entity> resolved = references.resolve(EntityServiceClient.SERVICE, entityIds,
                entityService::lookup);
        UUID placeId = null;
        if (input.placeId() != null) {
            EntityServiceClient.Entity place = resolved.get(input.placeId());
            if (place == null) {
                throw NewsgraphException.badInput("placeId", "entity-service has no place " + input.placeId());
            }
            if (!"PLACE".equals(place.kind())) {
                throw NewsgraphException.badInput("placeId", input.placeId() + " is a " + place.kind() + ", not a PLACE");
            }
            placeId = place.id();
        }
        List<Participant> stored = new ArrayList<>();
        Set<UUID> storedIds = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            Participant given = participants.get(i);
            EntityServiceClient.Entity entity = resolved.get(given.entityId);
            String field = "participants[" + i + "].entityId";
            if (entity == null) {
                throw NewsgraphException.badInput(field, "entity-service has no record " + given.entityId);
            }
            if ("PLACE".equals(entity.kind())) {
                throw NewsgraphException.badInput(field, given.entityId + " is a place; give it as placeId");
            }
            // a merged id is stored as its survivor
            if (!storedIds.add(entity.id())) {
                throw NewsgraphException.badInput(field, given.entityId + " is the same record as another participant");
            }
            stored.add(new Participant(entity.id(), given.role));
        }

        event.title = input.title().strip();
        event.description = input.description();
        event.kind = input.kind();
        event.occurrence = input.occurrence() == null ? Occurrence.OCCURRED : input.occurrence();
        event.time = time;
        event.placeId = placeId;
        event.locationLabel = input.locationLabel();
        event.participants.clear();
        event.participants.addAll(stored);
        event.relations.clear();
        relations.forEach(r -> event.relations.add(new EventRelation(r.type, r.eventId)));
        event.sources.clear();
        (input.sources() == null ? List.<Source> of() : input.sources()).forEach(s -> event.sources.add(s.copy()));
        event.notes = input.notes();
    }

    /** A relation points at another event of the same story, once. */
    private void checkRelations(Event event, List<EventRelation> relations) {
        if (relations.isEmpty()) {
            return;
        }
        Set<UUID> targets = relations.stream().map(r -> r.eventId).collect(Collectors.toSet());
        Map<UUID, UUID> storyOf = em.createQuery("select e.id, e.storyId from Event e where e.id in :ids",
                Object[].class).setParameter("ids", targets).getResultList().stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (UUID) row[1]));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < relations.size(); i++) {
            EventRelation relation = relations.get(i);
            String field = "relations[" + i + "].eventId";
            if (relation.eventId.equals(event.id)) {
                throw NewsgraphException.badInput(field, "an event cannot relate to itself");
            }
            if (!event.storyId.equals(storyOf.get(relation.eventId))) {
                throw NewsgraphException.badInput(field, "no event " + relation.eventId + " in this story");
            }
            if (!seen.add(relation.type + "/" + relation.eventId)) {
                throw NewsgraphException.badInput(field, "this relation is listed twice");
            }
        }
    }
}
