package org.newsgraph.platform.reference;

/**
 * What a service's {@code POST /…/references/merged} answers: how many of its records named a
 * merged entity and now name the survivor. entity-service asks this of each service after a merge.
 */
public record MovedReferences(int records) {
}
