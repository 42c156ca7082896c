package org.newsgraph.gateway.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.Type;

@Type("Alias")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Alias(String name, String language) {
}
