package org.newsgraph.gateway.model;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Affiliation")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Affiliation(
        @NonNull @Id String id,
        @NonNull @Id String personId,
        @NonNull @Id String organisationId,
        @NonNull String title,
        LocalDate validFrom,
        LocalDate validTo,
        boolean current,
        int version) {
}
