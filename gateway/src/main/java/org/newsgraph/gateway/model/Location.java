package org.newsgraph.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

@Type("Location")
@Description("Where an event happened: a place record and/or words (\"on the tarmac\")")
public record Location(@Ignore String placeId, String label) {
}
