package org.newsgraph.event.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.newsgraph.event.Event;
import org.newsgraph.platform.changes.StoryReferences;

/** For live updates: the entities each event of a story refers to (participants and place). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventReferences implements StoryReferences {

    @Inject
    EntityManager em;

    @Inject
    StoryService stories;

    @Override
    public Map<UUID, List<UUID>> of(UUID storyId) {
        stories.visible(storyId);
        Map<UUID, List<UUID>> references = new LinkedHashMap<>();
        em.createQuery("select distinct e from Event e left join fetch e.participants where e.storyId = :id"
                + " and e.state in :states", Event.class)
                .setParameter("id", storyId).setParameter("states", stories.visibleStates()).getResultList()
                .forEach(event -> {
                    List<UUID> ids = new ArrayList<>();
                    event.participants.forEach(p -> ids.add(p.entityId));
                    if (event.placeId != null) {
                        ids.add(event.placeId);
                    }
                    references.put(event.id, ids);
                });
        return references;
    }
}
