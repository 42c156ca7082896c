package org.newsgraph.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Type;

@Type("Me")
public record Me(String username, List<String> roles) {
}
