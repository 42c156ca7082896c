package org.newsgraph.event.service;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.newsgraph.event.Event;
import org.newsgraph.event.EventRelation;
import org.newsgraph.event.Participant;
import org.newsgraph.event.Story;
import org.newsgraph.event.api.EventView;
import org.newsgraph.event.api.StoryView;
import org.newsgraph.platform.time.ResolvedTime;
import org.newsgraph.platform.time.TimeRules;

/** Records to views. Pure. */
final class EventViews {

    private EventViews() {
    }

    static StoryView of(Story s) {
        return new StoryView(s.id, s.title, s.slug, s.summary, s.state, s.retractionReason, s.version, s.createdAt,
                s.updatedAt);
    }

    /**
     * @param zone        the reader's zone to render in, or null
     * @param withNotes   whether the caller may read the newsroom's notes
     * @param hidden      events the caller may not see: relations to them are left out ({@link RelatedDrafts})
     */
    static EventView of(Event e, String zone, boolean withNotes, Set<UUID> hidden) {
        ResolvedTime time = e.time.resolved();
        boolean timed = time.precision().hasTime();
        return new EventView(e.id, e.storyId, e.title, e.description, e.kind, e.occurrence, e.state,
                e.retractionReason, time.reported(), timed ? time.start() : null, timed ? time.end() : null,
                TimeRules.renderLocal(time), zone == null ? null : TimeRules.render(time, zone, "zone"),
                e.placeId, e.locationLabel,
                e.participants.stream().map(p -> new Participant(p.entityId, p.role)).toList(),
                e.relations.stream().filter(r -> !hidden.contains(r.eventId))
                        .map(r -> new EventRelation(r.type, r.eventId)).toList(),
                e.sources.stream().map(s -> s.copy()).toList(),
                withNotes ? e.notes : null, e.version, e.createdAt, e.updatedAt);
    }

    static List<EventView> of(List<Event> events, String zone, boolean withNotes, Set<UUID> hidden) {
        return events.stream().map(e -> of(e, zone, withNotes, hidden)).toList();
    }
}
