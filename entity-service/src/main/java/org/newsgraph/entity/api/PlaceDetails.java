package org.newsgraph.entity.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import org.newsgraph.platform.validation.CountryCode;
import org.newsgraph.platform.validation.IanaTimeZone;

/** Where a place is, and the IANA zone its local times are given in. */
public record PlaceDetails(
        @CountryCode String country,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @NotBlank @IanaTimeZone String timeZone) {
}
