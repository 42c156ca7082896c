package org.newsgraph.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("Location")
@Description("Where an event happened: a place record and/or words (\"on the tarmac\")")
public record Location(
        @Id @Description("The place record's id, kept by the event (its place is read from entity-service, which may"
                + " not answer)") String placeId,
        String label) {
}
