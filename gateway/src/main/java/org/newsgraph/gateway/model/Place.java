package org.newsgraph.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("Place")
public class Place extends EntityBase implements Entity {

    public Place(EntityRecord record) {
        super(record);
    }

    public String getCountry() {
        return record.place() == null ? null : record.place().country();
    }

    public Double getLatitude() {
        return record.place() == null ? null : record.place().latitude();
    }

    public Double getLongitude() {
        return record.place() == null ? null : record.place().longitude();
    }

    @Description("The IANA zone local times here are given in, e.g. America/Anchorage")
    public String getTimeZone() {
        return record.place() == null ? null : record.place().timeZone();
    }
}
