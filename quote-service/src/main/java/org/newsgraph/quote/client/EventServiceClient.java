package org.newsgraph.quote.client;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.newsgraph.platform.reference.Lookup;
import org.newsgraph.platform.time.Precision;
import org.newsgraph.platform.time.ReportedTime;
import org.newsgraph.platform.security.ForwardedToken;
import org.newsgraph.platform.workflow.WorkflowState;

/**
 * event-service, as quote-service uses it: batch lookups of events and stories on writes. Drafts
 * the caller may not see come back as missing, because the call carries the caller's token.
 */
@RegisterRestClient(configKey = EventServiceClient.SERVICE)
@RegisterClientHeaders(ForwardedToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface EventServiceClient {

    String SERVICE = "event-service";

    @GET
    @Path("/events/lookup")
    EventLookup events(@QueryParam("ids") String ids);

    @GET
    @Path("/stories/lookup")
    StoryLookup stories(@QueryParam("ids") String ids);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EventLookup(List<EventRef> events, List<UUID> missing) implements Lookup<EventRef> {

        @Override
        public List<EventRef> found() {
            return events;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EventRef(UUID id, UUID storyId, String title, WorkflowState state, TimeRef time, Instant startsAt)
            implements Lookup.Record {
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
    record StoryLookup(List<StoryRef> stories, List<UUID> missing) implements Lookup<StoryRef> {

        @Override
        public List<StoryRef> found() {
            return stories;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoryRef(UUID id, String slug, String title, WorkflowState state) implements Lookup.Record {
    }
}
