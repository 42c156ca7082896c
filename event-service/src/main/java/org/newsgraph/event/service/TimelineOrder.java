package org.newsgraph.event.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.newsgraph.event.RelationType;

/**
 * Keeps each event's {@code tie_rank} (its place among the story's events at the same time, see
 * {@link TieOrder}) after every write that can change it, in the writer's transaction: two queries
 * to read the story's times and relations, one update for the ranks that changed.
 */
@ApplicationScoped
public class TimelineOrder {

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public void recompute(UUID storyId) {
        List<Object[]> events = em.createNativeQuery("SELECT id, sort_key, precision_rank, tie_rank FROM event"
                + " WHERE story_id = :story").setParameter("story", storyId).getResultList();
        List<Object[]> relations = em.createNativeQuery("SELECT r.from_event_id, r.type, r.event_id FROM event_relation r"
                + " JOIN event e ON e.id = r.from_event_id WHERE e.story_id = :story").setParameter("story", storyId)
                .getResultList();
        Map<UUID, Integer> ranks = TieOrder.ranks(
                events.stream().map(r -> new TieOrder.Entry((UUID) r[0], instant(r[1]), ((Number) r[2]).intValue()))
                        .toList(),
                relations.stream().map(r -> new TieOrder.Relation((UUID) r[0], RelationType.valueOf((String) r[1]),
                        (UUID) r[2])).toList());
        List<Object[]> changed = events.stream().filter(r -> ranks.get((UUID) r[0]) != ((Number) r[3]).intValue())
                .toList();
        if (changed.isEmpty()) {
            return;
        }
        em.createNativeQuery("UPDATE event e SET tie_rank = v.rank FROM unnest(CAST(:ids AS uuid[]),"
                + " CAST(:ranks AS int[])) AS v(id, rank) WHERE e.id = v.id")
                .setParameter("ids", changed.stream().map(r -> (UUID) r[0]).toArray(UUID[]::new))
                .setParameter("ranks", changed.stream().map(r -> ranks.get((UUID) r[0])).toArray(Integer[]::new))
                .executeUpdate();
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) value).toInstant();
    }
}
