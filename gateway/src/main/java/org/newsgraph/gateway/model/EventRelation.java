package org.newsgraph.gateway.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.gateway.model.Enums.RelationType;

@Type("EventRelation")
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventRelation(@NonNull RelationType type, @NonNull @Id String eventId) {
}
