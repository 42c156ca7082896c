package org.newsgraph.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

@Entity
@DiscriminatorValue("PERSON")
@Audited
public class Person extends NewsEntity {

    /** ISO 3166-1 alpha-2. */
    public String nationality;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Override
    public EntityKind kind() {
        return EntityKind.PERSON;
    }
}
