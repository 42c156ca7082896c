package org.newsgraph.gateway.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.platform.time.Precision;

@Type("RenderedTime")
@Description("A time shown in a reader's zone. A date-precision time keeps the date the source gave, in every zone, "
        + "with no time of day and no instant")
public record RenderedTime(
        @NonNull String zone,
        @NonNull LocalDate date,
        LocalTime time,
        String offset,
        String abbreviation,
        @NonNull Precision precision,
        boolean approximate,
        @Description("The instant, for timed events only") Instant instant,
        @Description("In words: \"about 20:30 BST, 15 August 2025\"") @NonNull String text) {

    public static RenderedTime of(org.newsgraph.platform.time.RenderedTime rendered, Instant instant) {
        return new RenderedTime(rendered.zone(), rendered.date(), rendered.time(), rendered.offset(), rendered.abbreviation(),
                rendered.precision(), rendered.approximate(), instant, rendered.text());
    }
}
