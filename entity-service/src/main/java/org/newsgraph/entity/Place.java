package org.newsgraph.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

/** A place with the IANA zone its local times are given in (Anchorage: America/Anchorage). */
@Entity
@DiscriminatorValue("PLACE")
@Audited
public class Place extends NewsEntity {

    /** ISO 3166-1 alpha-2. */
    public String country;

    public Double latitude;

    public Double longitude;

    @Column(name = "time_zone")
    public String timeZone;

    @Override
    public EntityKind kind() {
        return EntityKind.PLACE;
    }
}
