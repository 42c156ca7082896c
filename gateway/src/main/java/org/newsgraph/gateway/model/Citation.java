package org.newsgraph.gateway.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Source")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Citation(@NonNull String publication, String url, Instant publishedAt, Instant retrievedAt) {
}
