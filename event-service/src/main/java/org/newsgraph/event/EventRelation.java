package org.newsgraph.event;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;

/** This event {@code type} the event {@code eventId} (e.g. REPLACES the planned one-on-one). */
@Embeddable
public class EventRelation {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    public RelationType type;

    @NotNull
    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    public EventRelation() {
    }

    public EventRelation(RelationType type, UUID eventId) {
        this.type = type;
        this.eventId = eventId;
    }
}
