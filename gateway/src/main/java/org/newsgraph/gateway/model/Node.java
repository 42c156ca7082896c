package org.newsgraph.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A record a client can fetch again by its id alone ({@code node(id:)}), as Relay and normalised
 * caches expect. Ids are the services' UUIDs, unique across the whole suite.
 */
@Interface("Node")
@Description("A record that can be fetched again by its id alone, with node(id:)")
public interface Node {

    @Id
    @NonNull
    String getId();
}
