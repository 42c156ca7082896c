package org.newsgraph.event.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.newsgraph.event.RelationType;

/**
 * The order of events that a timeline cannot tell apart by time (the same sort key and
 * precision: two events "around 11am", or two known only to the day): an event that FOLLOWS
 * another, is PART_OF it or REPLACES it comes after it; otherwise, and where relations go round
 * in a circle, by id. Pure, so it is tested alone and used both on write and for past timelines.
 */
public final class TieOrder {

    /** An event as the order needs it. */
    public record Entry(UUID id, Instant sortKey, int precisionRank) {
    }

    /** {@code from} FOLLOWS / is PART_OF / REPLACES {@code to}. */
    public record Relation(UUID from, RelationType type, UUID to) {
    }

    private TieOrder() {
    }

    /** Each event's place within its tie (0 for an event alone at its time). */
    public static Map<UUID, Integer> ranks(List<Entry> events, List<Relation> relations) {
        Map<List<Object>, List<UUID>> ties = new LinkedHashMap<>();
        for (Entry e : events) {
            ties.computeIfAbsent(List.of(e.sortKey(), e.precisionRank()), k -> new ArrayList<>()).add(e.id());
        }
        Map<UUID, Integer> ranks = new HashMap<>();
        for (List<UUID> tie : ties.values()) {
            List<UUID> ordered = order(tie, relations);
            for (int i = 0; i < ordered.size(); i++) {
                ranks.put(ordered.get(i), i);
            }
        }
        return ranks;
    }

    /** The tie's events, each after those it follows, is part of or replaces; by id where nothing says. */
    static List<UUID> order(List<UUID> tie, List<Relation> relations) {
        Set<UUID> members = new HashSet<>(tie);
        Map<UUID, Set<UUID>> before = new HashMap<>();
        for (Relation r : relations) {
            if (members.contains(r.from()) && members.contains(r.to()) && !r.from().equals(r.to())) {
                before.computeIfAbsent(r.from(), k -> new HashSet<>()).add(r.to());
            }
        }
        TreeSet<UUID> ready = new TreeSet<>(Comparator.naturalOrder());
        Map<UUID, Integer> waiting = new HashMap<>();
        for (UUID id : tie) {
            int n = before.getOrDefault(id, Set.of()).size();
            waiting.put(id, n);
            if (n == 0) {
                ready.add(id);
            }
        }
        List<UUID> ordered = new ArrayList<>();
        Set<UUID> placed = new HashSet<>();
        while (ordered.size() < tie.size()) {
            if (ready.isEmpty()) {
                // a circle: the remaining events by id
                tie.stream().filter(id -> !placed.contains(id)).sorted().findFirst().ifPresent(ready::add);
            }
            UUID next = ready.pollFirst();
            if (!placed.add(next)) {
                continue;
            }
            ordered.add(next);
            for (UUID id : tie) {
                if (!placed.contains(id) && before.getOrDefault(id, Set.of()).contains(next)
                        && waiting.merge(id, -1, Integer::sum) == 0) {
                    ready.add(id);
                }
            }
        }
        return ordered;
    }
}
