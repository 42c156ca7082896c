package org.newsgraph.gateway.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DelegationMember")
@JsonIgnoreProperties(ignoreUnknown = true)
public record DelegationMember(@NonNull @Id String personId, String role) {
}
