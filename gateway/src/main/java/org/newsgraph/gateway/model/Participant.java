package org.newsgraph.gateway.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.gateway.model.Enums.ParticipantRole;

@Type("Participant")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Participant(@NonNull ParticipantRole role, @NonNull @Id String entityId) {
}
