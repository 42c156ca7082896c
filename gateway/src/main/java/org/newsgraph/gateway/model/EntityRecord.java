package org.newsgraph.gateway.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.newsgraph.gateway.model.Enums.EntityKind;
import org.newsgraph.gateway.model.Enums.OrganisationKind;

/** entity-service's answer for one record (its wire format, not a schema type). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntityRecord(
        String id,
        EntityKind kind,
        String name,
        List<Alias> aliases,
        String description,
        String wikidataId,
        boolean archived,
        String archiveReason,
        String mergedInto,
        int version,
        PersonDetails person,
        OrganisationDetails organisation,
        PlaceDetails place,
        DelegationDetails delegation) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PersonDetails(String nationality, LocalDate birthDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrganisationDetails(OrganisationKind organisationKind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlaceDetails(String country, Double latitude, Double longitude, String timeZone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DelegationDetails(String organisationId, String headId, List<DelegationMember> members) {
    }
}
