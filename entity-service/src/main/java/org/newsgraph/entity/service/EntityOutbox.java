package org.newsgraph.entity.service;

import static org.newsgraph.platform.changes.ChangeKind.CREATED;
import static org.newsgraph.platform.changes.ChangeKind.DELETED;
import static org.newsgraph.platform.changes.ChangeKind.MERGED;
import static org.newsgraph.platform.changes.ChangeKind.MOVED;
import static org.newsgraph.platform.changes.ChangeKind.UPDATED;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.newsgraph.entity.Affiliation;
import org.newsgraph.entity.NewsEntity;
import org.newsgraph.platform.changes.ChangeKind;
import org.newsgraph.platform.changes.Outbox;
import org.newsgraph.platform.changes.RecordChange;
import org.newsgraph.platform.changes.RecordType;

/**
 * What entity-service publishes of each change (platform's outbox). Entities belong to no story
 * and viewers see them all; the gateway passes an entity's changes to the stories that refer to
 * it. Its state is ACTIVE, ARCHIVED or MERGED; an affiliation's change is a change of its person
 * and its organisation.
 */
@ApplicationScoped
public class EntityOutbox {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    public void created(NewsEntity entity) {
        add(entity, CREATED);
    }

    public void updated(NewsEntity entity) {
        add(entity, UPDATED);
    }

    /** Archived or restored. */
    public void moved(NewsEntity entity) {
        add(entity, MOVED);
    }

    public void merged(NewsEntity duplicate) {
        add(duplicate, MERGED);
    }

    public void deleted(NewsEntity entity) {
        add(entity, DELETED);
    }

    public void changed(Affiliation affiliation) {
        List.of(affiliation.personId, affiliation.organisationId).stream().filter(Objects::nonNull).distinct()
                .map(id -> em.find(NewsEntity.class, id)).filter(Objects::nonNull).forEach(this::updated);
    }

    private void add(NewsEntity entity, ChangeKind kind) {
        String state = entity.mergedInto != null ? "MERGED" : entity.archived ? "ARCHIVED" : "ACTIVE";
        outbox.add(new RecordChange(RecordType.ENTITY, entity.id, null, entity.version, kind, state, kind != CREATED,
                kind != DELETED, List.of()));
    }
}
