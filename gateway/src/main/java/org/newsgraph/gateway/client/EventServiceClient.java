package org.newsgraph.gateway.client;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.gateway.model.Event;
import org.newsgraph.gateway.model.Story;
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.paging.Page;
import org.newsgraph.platform.security.ForwardedToken;

/** event-service as the gateway calls it; only {@link Events} uses it (resilience as in {@link EntityServiceClient}). */
@RegisterRestClient(configKey = Events.SERVICE)
@RegisterClientHeaders(ForwardedToken.class)
@RegisterProvider(DownstreamCalls.class)
@ClientHeaderParam(name = DownstreamCalls.SERVICE_HEADER, value = Events.SERVICE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Timeout(value = 3, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = { GraphError.Refusal.class, GraphError.ServiceFailure.class })
interface EventServiceClient {

    @GET
    @Path("/stories")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<Page<Story>> stories(@QueryParam("slug") String slug, @QueryParam("first") Integer first,
            @QueryParam("after") String after);

    @GET
    @Path("/stories/lookup")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<StoryLookup> storyLookup(@QueryParam("ids") String ids);

    @GET
    @Path("/stories/{id}/timeline")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<Page<Event>> timeline(@PathParam("id") String storyId, @BeanParam TimelineParams filter);

    @GET
    @Path("/timelines")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<Timelines> timelines(@QueryParam("storyIds") String storyIds,
            @QueryParam("participantIds") String participantIds, @QueryParam("placeIds") String placeIds,
            @BeanParam TimelineParams filter);

    @GET
    @Path("/stories/{id}/as-of")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<StoryAsOf> asOf(@PathParam("id") String storyId, @QueryParam("at") String at);

    @GET
    @Path("/stories/{id}/history")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<List<Change<Story>>> storyHistory(@PathParam("id") String id);

    @GET
    @Path("/events/lookup")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<EventLookup> eventLookup(@QueryParam("ids") String ids);

    @GET
    @Path("/events/{id}/history")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<List<Change<Event>>> eventHistory(@PathParam("id") String id);

    @POST
    @Path("/stories")
    Uni<Story> createStory(Object input);

    @PUT
    @Path("/stories/{id}")
    Uni<Story> updateStory(@PathParam("id") String id, Object input);

    @POST
    @Path("/stories/{id}/transitions")
    Uni<Story> moveStory(@PathParam("id") String id, Map<String, Object> request);

    @DELETE
    @Path("/stories/{id}")
    Uni<Void> deleteStory(@PathParam("id") String id);

    @POST
    @Path("/events")
    Uni<Event> createEvent(Object input);

    @PUT
    @Path("/events/{id}")
    Uni<Event> updateEvent(@PathParam("id") String id, Object input);

    @POST
    @Path("/events/{id}/transitions")
    Uni<Event> moveEvent(@PathParam("id") String id, Map<String, Object> request);

    @DELETE
    @Path("/events/{id}")
    Uni<Void> deleteEvent(@PathParam("id") String id);

    @ClientExceptionMapper
    static RuntimeException error(Response response) {
        return Downstream.error(response, Events.SERVICE);
    }

    /** A timeline's filters and page, as query parameters (the same for one story and for many). */
    class TimelineParams {
        @QueryParam("from")
        public String from;
        @QueryParam("to")
        public String to;
        @QueryParam("zone")
        public String zone;
        @QueryParam("kind")
        public List<String> kinds;
        @QueryParam("participantId")
        public String participantId;
        @QueryParam("occurrence")
        public String occurrence;
        @QueryParam("state")
        public String state;
        @QueryParam("first")
        public Integer first;
        @QueryParam("after")
        public String after;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Timelines(List<Timeline> timelines) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Timeline(String id, List<Page.Edge<Event>> edges, Page.PageInfo pageInfo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoryLookup(List<Story> stories, List<String> missing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EventLookup(List<Event> events, List<String> missing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoryAsOf(Instant asOf, long revision, Story story, List<Event> timeline) {
    }
}
