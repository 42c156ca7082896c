package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.hibernate.envers.Audited;

/**
 * A named group an organisation sends (the US side of a three-on-three), with a head who is
 * one of its members.
 */
@Entity
@DiscriminatorValue("DELEGATION")
@Audited
public class Delegation extends NewsEntity {

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "head_id")
    public UUID headId;

    @ElementCollection
    @CollectionTable(name = "delegation_member", joinColumns = @JoinColumn(name = "delegation_id"))
    @OrderColumn(name = "position")
    public List<DelegationMember> members = new ArrayList<>();

    @Override
    public EntityKind kind() {
        return EntityKind.DELEGATION;
    }
}
