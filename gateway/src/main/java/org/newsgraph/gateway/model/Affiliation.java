package org.newsgraph.gateway.model;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("Affiliation")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Affiliation(
        @Id String id,
        @Id String personId,
        @Id String organisationId,
        String title,
        LocalDate validFrom,
        LocalDate validTo,
        boolean current,
        int version) {
}
