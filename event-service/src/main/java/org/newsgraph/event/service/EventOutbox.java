package org.newsgraph.event.service;

import static org.newsgraph.platform.changes.ChangeKind.CREATED;
import static org.newsgraph.platform.changes.ChangeKind.DELETED;
import static org.newsgraph.platform.changes.ChangeKind.MOVED;
import static org.newsgraph.platform.changes.ChangeKind.UPDATED;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.newsgraph.event.Event;
import org.newsgraph.event.Story;
import org.newsgraph.platform.changes.ChangeKind;
import org.newsgraph.platform.changes.Outbox;
import org.newsgraph.platform.changes.RecordChange;
import org.newsgraph.platform.changes.RecordType;
import org.newsgraph.platform.workflow.WorkflowState;

/**
 * What event-service publishes of each change to a story or an event (platform's outbox). An
 * event is public when it and its story are both published or retracted.
 */
@ApplicationScoped
public class EventOutbox {

    @Inject
    Outbox outbox;

    public void created(Story story) {
        add(story, CREATED, false, story.state.isPublic());
    }

    public void updated(Story story) {
        add(story, UPDATED, story.state.isPublic(), story.state.isPublic());
    }

    public void moved(Story story, WorkflowState before) {
        add(story, MOVED, before.isPublic(), story.state.isPublic());
    }

    public void deleted(Story story) {
        add(story, DELETED, story.state.isPublic(), false);
    }

    public void created(Event event) {
        add(event, CREATED, false, isPublic(event, event.state));
    }

    public void updated(Event event) {
        add(event, UPDATED, isPublic(event, event.state), isPublic(event, event.state));
    }

    public void moved(Event event, WorkflowState before) {
        add(event, MOVED, isPublic(event, before), isPublic(event, event.state));
    }

    public void deleted(Event event) {
        add(event, DELETED, isPublic(event, event.state), false);
    }

    private void add(Story story, ChangeKind kind, boolean wasPublic, boolean isPublic) {
        outbox.add(new RecordChange(RecordType.STORY, story.id, story.id, story.version, kind, story.state.name(),
                wasPublic, isPublic, List.of()));
    }

    private void add(Event event, ChangeKind kind, boolean wasPublic, boolean isPublic) {
        List<UUID> references = new ArrayList<>();
        event.participants.forEach(p -> references.add(p.entityId));
        references.add(event.placeId);
        outbox.add(new RecordChange(RecordType.EVENT, event.id, event.storyId, event.version, kind, event.state.name(),
                wasPublic, isPublic, references));
    }

    private static boolean isPublic(Event event, WorkflowState state) {
        return state.isPublic() && Story.<Story> findById(event.storyId).state.isPublic();
    }
}
