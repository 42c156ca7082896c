package org.newsgraph.entity.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsgraph.entity.Alias;
import org.newsgraph.entity.EntityKind;

/**
 * What a reporter sends to create or edit a person, organisation, place or delegation: the
 * common fields, and the one details block that matches {@code kind}. An edit sends the
 * {@code version} it was based on.
 */
public record EntityInput(
        @NotNull EntityKind kind,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 50) List<@Valid @NotNull Alias> aliases,
        @Size(max = 2000) String description,
        // at most 12 digits (Wikidata's ids have 9 today): a longer one overflowed the unique index's
        // row limit, a 500 and an ERROR line with a stack trace
        @Pattern(regexp = "Q[1-9][0-9]{0,11}", message = "must be a Wikidata id such as Q7747") String wikidataId,
        Long version,
        @Valid PersonDetails person,
        @Valid OrganisationDetails organisation,
        @Valid PlaceDetails place,
        @Valid DelegationDetails delegation) {
}
