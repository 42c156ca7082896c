package org.newsgraph.entity.api;

import java.time.LocalDate;
import java.util.UUID;

public record AffiliationView(
        UUID id,
        UUID personId,
        UUID organisationId,
        String title,
        LocalDate validFrom,
        LocalDate validTo,
        boolean current,
        long version) {
}
