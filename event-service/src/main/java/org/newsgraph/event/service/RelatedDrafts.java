package org.newsgraph.event.service;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.newsgraph.event.Event;
import org.newsgraph.platform.security.CurrentUser;
import org.newsgraph.platform.security.Roles;
import org.newsgraph.platform.workflow.WorkflowState;

/**
 * The events a viewer may not see among those that events relate to. A published event may follow,
 * be part of or replace a draft of the same story; its relation to the draft is left out for a
 * viewer (DESIGN: drafts are invisible to viewers), and shows once the draft is published.
 */
@ApplicationScoped
class RelatedDrafts {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    /** Among the events these relate to, the ids the caller may not see: none for the newsroom (reporters and up). */
    Set<UUID> among(Collection<Event> events) {
        if (user.hasRole(Roles.REPORTER)) {
            return Set.of();
        }
        Set<UUID> hidden = new HashSet<>();
        events.forEach(e -> e.relations.forEach(r -> hidden.add(r.eventId)));
        if (hidden.isEmpty()) {
            return Set.of();
        }
        // a relation stays within one story, and an event a viewer reads is in a story a viewer may read
        hidden.removeAll(em.createQuery("select e.id from Event e where e.id in :ids and e.state in :public",
                UUID.class).setParameter("ids", hidden)
                .setParameter("public", Set.of(WorkflowState.PUBLISHED, WorkflowState.RETRACTED)).getResultList());
        return hidden;
    }
}
