package org.newsgraph.entity.api;

/**
 * A person who currently holds a title ("Prime Minister of Spain" at "Government of Spain"):
 * how extraction tells who "the Spanish prime minister" is.
 */
public record RoleHolder(EntityView person, String title, String organisation) {
}
