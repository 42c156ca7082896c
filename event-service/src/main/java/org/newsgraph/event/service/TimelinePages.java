package org.newsgraph.event.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.newsgraph.event.Event;
import org.newsgraph.event.api.EventView;
import org.newsgraph.event.api.TimelineFilter;
import org.newsgraph.platform.paging.Cursor;
import org.newsgraph.platform.paging.Page;
import org.newsgraph.platform.paging.PageRequest;
import org.newsgraph.platform.security.CurrentUser;
import org.newsgraph.platform.security.Roles;

/**
 * The one way a timeline is paged: keyset cursors over (sort key, precision, tie rank, id), and for many
 * parents at once one window query that numbers each parent's events and keeps the first page of
 * each. A parent is a story, or an entity that took part. Nothing loads a whole timeline.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimelinePages {

    /** Whose timelines: stories', those of the entities that took part in the events, or those of the places they were at. */
    public enum Parent {
        STORY("storyIds", "e.story_id", " where e.story_id in :parents"),
        PARTICIPANT("participantIds", "p.entity_id",
                " join (select distinct entity_id, event_id from event_participant where entity_id in :parents)"
                        + " p on p.event_id = e.id where true"),
        PLACE("placeIds", "e.place_id", " where e.place_id in :parents");

        public final String field;
        final String column;
        final String join;

        Parent(String field, String column, String join) {
            this.field = field;
            this.column = column;
            this.join = join;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    RelatedDrafts relatedDrafts;

    @Inject
    StoryService stories;

    /** One page of each parent's timeline, keyed by parent in the order asked; a parent with none has an empty page. */
    public Map<UUID, Page<EventView>> of(Parent parent, List<UUID> ids, TimelineFilter filter, PageRequest page) {
        EventService.checkBatch(ids, parent.field);
        Map<String, Object> params = new HashMap<>();
        String sql = "select x.parent, x.id from (select " + parent.column
                + " as parent, e.id, e.sort_key, e.precision_rank, e.tie_rank, row_number() over (partition by "
                + parent.column + " order by e.sort_key, e.precision_rank, e.tie_rank, e.id) as n"
                + " from event e join story s on s.id = e.story_id" + parent.join
                + " and e.state in :states and s.state in :states" + filters(filter, page, params)
                + ") x where x.n <= :rows order by x.parent, x.sort_key, x.precision_rank, x.tie_rank, x.id";
        var query = em.createNativeQuery(sql, Object[].class)
                .setParameter("parents", List.copyOf(new LinkedHashSet<>(ids)))
                .setParameter("states", stories.visibleStates().stream().map(Enum::name).toList())
                .setParameter("rows", page.first() + 1);
        params.forEach(query::setParameter);
        Map<UUID, List<UUID>> rows = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            rows.computeIfAbsent((UUID) columns[0], k -> new ArrayList<>()).add((UUID) columns[1]);
        }
        Map<UUID, Event> events = load(rows.values().stream().flatMap(List::stream).toList());
        boolean notes = user.hasRole(Roles.REPORTER);
        Set<UUID> hidden = relatedDrafts.among(events.values());
        Map<UUID, Page<EventView>> pages = new LinkedHashMap<>();
        for (UUID id : ids) {
            pages.put(id, Page.of(rows.getOrDefault(id, List.of()).stream().map(events::get).toList(), page,
                    e -> Cursor.encode(e.time.sortKey, e.time.precisionRank, e.tieRank, e.id),
                    e -> EventViews.of(e, filter.zone(), notes, hidden)));
        }
        return pages;
    }

    /** The filters every timeline takes, and the cursor's keyset condition, as SQL. */
    private static String filters(TimelineFilter filter, PageRequest page, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (filter.kinds() != null && !filter.kinds().isEmpty()) {
            sql.append(" and e.kind in :kinds");
            params.put("kinds", filter.kinds().stream().map(Enum::name).toList());
        }
        if (filter.occurrence() != null) {
            sql.append(" and e.occurrence = :occurrence");
            params.put("occurrence", filter.occurrence().name());
        }
        if (filter.state() != null) {
            sql.append(" and e.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.participantId() != null) {
            sql.append(" and exists (select 1 from event_participant w where w.event_id = e.id"
                    + " and w.entity_id = :participant)");
            params.put("participant", filter.participantId());
        }
        if (filter.from() != null) {
            // a timed event from `from` on; a date whose day (month, year) reaches past `from`
            sql.append(" and (e.starts_at >= :from or e.span_end > :from)");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and e.starts_at < :to");
            params.put("to", filter.to());
        }
        if (page.after() != null) {
            List<String> keys = Cursor.decode(page.after(), 4);
            sql.append(" and (e.sort_key, e.precision_rank, e.tie_rank, e.id) > (:key, :rank, :tie, :id)");
            params.put("key", Cursors.instant(keys.get(0)));
            params.put("rank", Cursors.number(keys.get(1)));
            params.put("tie", Cursors.number(keys.get(2)));
            params.put("id", Cursors.uuid(keys.get(3)));
        }
        return sql.toString();
    }

    private Map<UUID, Event> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from Event e where e.id in :ids", Event.class)
                .setParameter("ids", new LinkedHashSet<>(ids)).getResultList().stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
    }
}
