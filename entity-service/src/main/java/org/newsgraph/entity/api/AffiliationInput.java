package org.newsgraph.entity.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person's title at an organisation from one date to another (either may be left open). */
public record AffiliationInput(
        @NotNull UUID personId,
        @NotNull UUID organisationId,
        @NotBlank @Size(max = 300) String title,
        LocalDate validFrom,
        LocalDate validTo,
        Long version) {
}
