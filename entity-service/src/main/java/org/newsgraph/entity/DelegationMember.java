package org.newsgraph.entity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person in a delegation, with the role they came in ("Secretary of State"). */
@Embeddable
public class DelegationMember {

    @NotNull
    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Size(max = 300)
    @Column(name = "role")
    public String role;

    public DelegationMember() {
    }

    public DelegationMember(UUID personId, String role) {
        this.personId = personId;
        this.role = role;
    }
}
