package org.newsgraph.gateway.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Alias")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Alias(@NonNull String name, String language) {
}
