package org.newsgraph.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("User")
public record User(@NonNull @Id String id, @NonNull String username, String email, String firstName,
        String lastName, @NonNull List<@NonNull String> roles) {
}
