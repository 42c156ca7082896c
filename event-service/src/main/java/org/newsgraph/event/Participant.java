package org.newsgraph.event;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;

/** An entity from entity-service (person, organisation or delegation) and how it took part. */
@Embeddable
public class Participant {

    @NotNull
    @Column(name = "entity_id", nullable = false)
    public UUID entityId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    public ParticipantRole role;

    public Participant() {
    }

    public Participant(UUID entityId, ParticipantRole role) {
        this.entityId = entityId;
        this.role = role;
    }
}
