package org.newsgraph.quote.client;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.newsgraph.platform.time.Precision;
import org.newsgraph.platform.time.ReportedTime;
import org.newsgraph.platform.security.ForwardedToken;

/**
 * event-service, as quote-service uses it: batch lookups of events and stories on writes. Drafts
 * the caller may not see come back as missing, because the call carries the caller's token.
 */
@RegisterRestClient(configKey = "event-service")
@RegisterClientHeaders(ForwardedToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface EventServiceClient {

    @GET
    @Path("/events/lookup")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2)
    EventLookup events(@QueryParam("ids") String ids);

    @GET
    @Path("/stories/lookup")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2)
    StoryLookup stories(@QueryParam("ids") String ids);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EventLookup(List<EventRef> events, List<UUID> missing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EventRef(UUID id, UUID storyId, String title, String state, TimeRef time, Instant startsAt) {
    }

    /** An event's reported time; read leniently so that event-service may add fields. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TimeRef(LocalDate date, LocalTime time, String zone, Precision precision, boolean approximate,
            String offset, LocalDate endDate, LocalTime endTime, Duration duration) {

        public ReportedTime reported() {
            return new ReportedTime(date, time, zone, precision, approximate, offset, endDate, endTime, duration);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoryLookup(List<StoryRef> stories, List<UUID> missing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoryRef(UUID id, String slug, String title, String state) {
    }
}
