package org.newsgraph.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("User")
public record User(@Id String id, String username, String email, String firstName, String lastName,
        List<String> roles) {
}
