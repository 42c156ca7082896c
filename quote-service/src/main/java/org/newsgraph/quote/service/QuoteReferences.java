package org.newsgraph.quote.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.newsgraph.platform.changes.StoryReferences;
import org.newsgraph.platform.security.CurrentUser;
import org.newsgraph.platform.workflow.Workflow;

/** For live updates: the entities each quote of a story refers to (its speaker, and whom a question was put to). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuoteReferences implements StoryReferences {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Override
    public Map<UUID, List<UUID>> of(UUID storyId) {
        Map<UUID, List<UUID>> references = new LinkedHashMap<>();
        em.createQuery("select q.id, q.speakerId, q.putToId from Quote q where q.storyId = :id and q.state in :states",
                Object[].class)
                .setParameter("id", storyId).setParameter("states", Workflow.visibleStates(user::hasRole))
                .getResultList().forEach(row -> {
                    List<UUID> ids = new ArrayList<>();
                    for (int i = 1; i < row.length; i++) {
                        if (row[i] != null) {
                            ids.add((UUID) row[i]);
                        }
                    }
                    references.put((UUID) row[0], ids);
                });
        return references;
    }
}
