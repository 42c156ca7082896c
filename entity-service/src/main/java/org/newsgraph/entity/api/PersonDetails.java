package org.newsgraph.entity.api;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import org.newsgraph.platform.validation.CountryCode;

public record PersonDetails(@CountryCode String nationality, @PastOrPresent LocalDate birthDate) {
}
