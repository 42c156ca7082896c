package org.newsgraph.event.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.newsgraph.event.Event;
import org.newsgraph.event.Story;
import org.newsgraph.event.api.StoryInput;
import org.newsgraph.event.api.StoryLookup;
import org.newsgraph.event.api.StoryView;
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.audit.History;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.paging.Cursor;
import org.newsgraph.platform.paging.Page;
import org.newsgraph.platform.paging.PageRequest;
import org.newsgraph.platform.security.CurrentUser;
import org.newsgraph.platform.workflow.TransitionRequest;
import org.newsgraph.platform.workflow.Workflow;
import org.newsgraph.platform.workflow.WorkflowState;

/** Stories: the dossiers timelines belong to, with the same workflow as their events. */
@ApplicationScoped
@Transactional
public class StoryService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    EventOutbox outbox;

    @Transactional(SUPPORTS)
    public StoryView get(UUID id) {
        return EventViews.of(visible(id));
    }

    @Transactional(SUPPORTS)
    public StoryLookup lookup(List<UUID> ids) {
        Set<UUID> asked = new LinkedHashSet<>(ids);
        Map<UUID, Story> found = em.createQuery("from Story where id in :ids and state in :states", Story.class)
                .setParameter("ids", asked).setParameter("states", visibleStates()).getResultList().stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<StoryView> stories = new ArrayList<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID id : asked) {
            Story story = found.get(id);
            if (story == null) {
                missing.add(id);
            } else {
                stories.add(EventViews.of(story));
            }
        }
        return new StoryLookup(stories, missing);
    }

    /** Visible stories, newest first; {@code slug} finds one by its slug. */
    @Transactional(SUPPORTS)
    public Page<StoryView> list(String slug, PageRequest page) {
        StringBuilder where = new StringBuilder("s.state in :states");
        if (slug != null) {
            where.append(" and s.slug = :slug");
        }
        if (page.after() != null) {
            where.append(" and (s.createdAt < :at or (s.createdAt = :at and s.id < :id))");
        }
        var query = em.createQuery("select s from Story s where " + where + " order by s.createdAt desc, s.id desc",
                Story.class).setParameter("states", visibleStates()).setMaxResults(page.first() + 1);
        if (slug != null) {
            query.setParameter("slug", slug);
        }
        if (page.after() != null) {
            List<String> keys = Cursor.decode(page.after(), 2);
            query.setParameter("at", Cursors.instant(keys.get(0))).setParameter("id", Cursors.uuid(keys.get(1)));
        }
        return Page.of(query.getResultList(), page, s -> Cursor.encode(s.createdAt, s.id), EventViews::of);
    }

    /** Every change with who and when; a viewer sees only the revisions in which the story was public. */
    @Transactional(SUPPORTS)
    public List<Change<StoryView>> history(UUID id) {
        visible(id);
        return Workflow.visibleHistory(History.of(em, Story.class, id, EventViews::of), StoryView::state,
                user::hasRole);
    }

    public StoryView create(StoryInput input) {
        Story story = new Story();
        apply(story, input);
        story.persist();
        em.flush();
        outbox.created(story);
        return EventViews.of(story);
    }

    public StoryView update(UUID id, StoryInput input) {
        Story story = visible(id);
        Workflow.checkEdit(story.state, user::hasRole);
        NewsgraphException.requireVersion(story.version, input.version(), "Story", id);
        apply(story, input);
        em.flush();
        outbox.updated(story);
        return EventViews.of(story);
    }

    public StoryView move(UUID id, TransitionRequest request) {
        Story story = visible(id);
        NewsgraphException.requireVersion(story.version, request.version(), "Story", id);
        Workflow.checkMove(story.state, request.to(), user::hasRole, request.reason());
        WorkflowState before = story.state;
        story.state = request.to();
        story.retractionReason = request.to() == WorkflowState.RETRACTED ? request.reason() : null;
        em.flush();
        outbox.moved(story, before);
        return EventViews.of(story);
    }

    /** Deletes for good (admin); refused while the story has events. */
    public void delete(UUID id) {
        Story story = find(id);
        long events = Event.count("storyId", id);
        if (events > 0) {
            throw NewsgraphException.conflict("story " + id + " still has " + events + " event(s)", story.version);
        }
        story.delete();
        outbox.deleted(story);
    }

    /** The story if the caller may see it; 404 otherwise (a viewer cannot tell a draft exists). */
    @Transactional(SUPPORTS)
    Story visible(UUID id) {
        Story story = find(id);
        if (!Workflow.isVisible(story.state, user::hasRole)) {
            throw NewsgraphException.notFound("Story", id);
        }
        return story;
    }

    @Transactional(SUPPORTS)
    Set<WorkflowState> visibleStates() {
        return Workflow.visibleStates(user::hasRole);
    }

    private Story find(UUID id) {
        Story story = Story.findById(id);
        if (story == null) {
            throw NewsgraphException.notFound("Story", id);
        }
        return story;
    }

    private void apply(Story story, StoryInput input) {
        Story holder = Story.find("slug", input.slug()).firstResult();
        if (holder != null && !holder.id.equals(story.id)) {
            throw NewsgraphException.badInput("slug", "slug " + input.slug() + " is already used by the story \""
                    + holder.title + "\"");
        }
        story.title = input.title().strip();
        story.slug = input.slug();
        story.summary = input.summary();
    }
}
