package org.newsgraph.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.envers.Audited;

@Entity
@DiscriminatorValue("ORGANISATION")
@Audited
public class Organisation extends NewsEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind", length = 30)
    public OrganisationKind organisationKind;

    @Override
    public EntityKind kind() {
        return EntityKind.ORGANISATION;
    }
}
