package org.newsgraph.quote.extract;

/**
 * A role description to ask entity-service about ("Spain's housing minister" → who currently holds
 * a title with "minister" among Spanish people): {@code role} as the text names it, {@code country}
 * an ISO 3166 code or null when the text names none.
 */
public record RoleQuery(String role, String country) {
}
