package org.newsgraph.gateway.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.platform.time.Precision;
import org.newsgraph.platform.time.ReportedTime;

@Type("SourceTime")
@Description("A time exactly as the source gave it: local date and time in the place's IANA zone, how precise, "
        + "whether approximate, and an optional end or duration (ISO-8601, e.g. PT2H45M)")
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceTime(
        @NonNull LocalDate date,
        LocalTime time,
        @NonNull String zone,
        @NonNull Precision precision,
        boolean approximate,
        String offset,
        LocalDate endDate,
        LocalTime endTime,
        String duration) {

    public ReportedTime reported() {
        return new ReportedTime(date, time, zone, precision, approximate, offset, endDate, endTime,
                duration == null ? null : Duration.parse(duration));
    }
}
