package org.newsgraph.entity.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.newsgraph.entity.Alias;
import org.newsgraph.entity.EntityKind;

/**
 * A person, organisation, place or delegation as clients read it: the common fields and the
 * details block of its kind. A merged record answers with {@code mergedInto} (the survivor's
 * id); an archived one with {@code archived: true}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityView(
        UUID id,
        EntityKind kind,
        String name,
        List<Alias> aliases,
        String description,
        String wikidataId,
        boolean archived,
        String archiveReason,
        UUID mergedInto,
        long version,
        Instant createdAt,
        Instant updatedAt,
        PersonDetails person,
        OrganisationDetails organisation,
        PlaceDetails place,
        DelegationDetails delegation,
        /** For people: the affiliations whose span contains today. */
        List<AffiliationView> currentAffiliations) {
}
