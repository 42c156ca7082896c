package org.newsgraph.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Me")
public record Me(@NonNull String username, @NonNull List<@NonNull String> roles) {
}
