package org.newsgraph.event.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.exception.RevisionDoesNotExistException;
import org.hibernate.envers.query.AuditEntity;
import org.newsgraph.event.Event;
import org.newsgraph.event.Story;
import org.newsgraph.event.api.EventView;
import org.newsgraph.event.api.StoryView;
import org.newsgraph.event.api.TimelineFilter;
import org.newsgraph.platform.error.ErrorCode;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.paging.Page;
import org.newsgraph.platform.paging.PageRequest;
import org.newsgraph.platform.security.CurrentUser;
import org.newsgraph.platform.security.Roles;
import org.newsgraph.platform.workflow.Workflow;
import org.newsgraph.platform.workflow.WorkflowState;

/** A story's events in time order: filtered and paged, or as the timeline was at a past instant. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimelineService {

    private static final Comparator<Event> ORDER = Comparator.<Event, Instant> comparing(e -> e.time.sortKey)
            .thenComparingInt(e -> e.time.precisionRank).thenComparingInt(e -> e.tieRank).thenComparing(e -> e.id);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    RelatedDrafts relatedDrafts;

    @Inject
    StoryService stories;

    @Inject
    TimelinePages pages;

    public Page<EventView> timeline(UUID storyId, TimelineFilter filter, PageRequest page) {
        stories.visible(storyId);
        return pages.of(TimelinePages.Parent.STORY, List.of(storyId), filter, page).get(storyId);
    }

    /** Every published event of a story the caller may see, in timeline order, in one query (for exports). */
    public List<EventView> published(UUID storyId) {
        stories.visible(storyId);
        List<Event> events = em.createQuery("select e from Event e where e.storyId = :story and e.state = :published"
                + EventService.TIMELINE_ORDER, Event.class).setParameter("story", storyId)
                .setParameter("published", WorkflowState.PUBLISHED).getResultList();
        return EventViews.of(events, null, user.hasRole(Roles.REPORTER), relatedDrafts.among(events));
    }

    /** Said alike whether the story did not exist yet or was a draft the caller may not see. */
    private static NewsgraphException noVersionAsOf(Instant asOf) {
        return new NewsgraphException(ErrorCode.NOT_FOUND, "there is no version of this story you may read as of "
                + asOf + ": it did not exist yet, or was not published then");
    }

    /** The story and its timeline as they were at {@code asOf}, from the history. */
    public AsOf asOf(UUID storyId, Instant asOf, String zone) {
        stories.visible(storyId);
        AuditReader reader = AuditReaderFactory.get(em);
        Number revision;
        try {
            revision = reader.getRevisionNumberForDate(Date.from(asOf));
        } catch (RevisionDoesNotExistException e) {
            throw noVersionAsOf(asOf);
        }
        Story story = reader.find(Story.class, storyId, revision);
        if (story == null || !Workflow.isVisible(story.state, user::hasRole)) {
            throw noVersionAsOf(asOf);
        }
        @SuppressWarnings("unchecked")
        List<Event> events = reader.createQuery().forEntitiesAtRevision(Event.class, revision)
                .add(AuditEntity.property("storyId").eq(storyId)).getResultList();
        // an event deleted for good is gone from the past as well: its history is gone too
        Set<UUID> existing = Set.copyOf(em.createQuery(
                "select e.id from Event e where e.storyId = :story", UUID.class)
                .setParameter("story", storyId).getResultList());
        boolean notes = user.hasRole(Roles.REPORTER);
        // the tie order is not history: it follows from the times and relations of that revision
        Map<UUID, Integer> ties = TieOrder.ranks(
                events.stream().map(e -> new TieOrder.Entry(e.id, e.time.sortKey, e.time.precisionRank)).toList(),
                events.stream().flatMap(e -> e.relations.stream().map(r -> new TieOrder.Relation(e.id, r.type,
                        r.eventId))).toList());
        events.forEach(e -> e.tieRank = ties.getOrDefault(e.id, 0));
        List<Event> shown = events.stream()
                .filter(e -> existing.contains(e.id))
                .filter(e -> Workflow.isVisible(e.state, user::hasRole))
                .sorted(ORDER)
                .toList();
        // as the story was then: a relation to an event the caller could not see then is left out
        Set<UUID> shownIds = shown.stream().map(e -> e.id).collect(Collectors.toSet());
        Set<UUID> hidden = shown.stream().flatMap(e -> e.relations.stream()).map(r -> r.eventId)
                .filter(id -> !shownIds.contains(id)).collect(Collectors.toSet());
        List<EventView> timeline = shown.stream().map(e -> EventViews.of(e, zone, notes, hidden)).toList();
        return new AsOf(asOf, revision.longValue(), EventViews.of(story), timeline);
    }

    /** A story as it was at an instant: the revision that was current then, the story and its events. */
    public record AsOf(Instant asOf, long revision, StoryView story, List<EventView> timeline) {
    }
}
