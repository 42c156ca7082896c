package org.newsgraph.gateway.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.gateway.model.Enums.ParticipantRole;

@Type("Participant")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Participant(ParticipantRole role, @Id String entityId) {
}
