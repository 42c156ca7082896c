package org.newsgraph.gateway.model;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Type;

@Type("Person")
public class Person extends EntityBase implements Entity {

    public Person(EntityRecord record) {
        super(record);
    }

    public String getNationality() {
        return record.person() == null ? null : record.person().nationality();
    }

    public LocalDate getBirthDate() {
        return record.person() == null ? null : record.person().birthDate();
    }
}
