package org.newsgraph.gateway.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
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

/** event-service as the gateway calls it (the same resilience as {@link EntityServiceClient}). */
@RegisterRestClient(configKey = "event-service")
@RegisterClientHeaders(ForwardedToken.class)
@RegisterProvider(DownstreamCalls.class)
@ClientHeaderParam(name = DownstreamCalls.SERVICE_HEADER, value = "event-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Timeout(value = 3, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = GraphError.Refusal.class)
public interface EventServiceClient {

    @GET
    @Path("/stories")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Page<Story> stories(@QueryParam("slug") String slug, @QueryParam("first") Integer first,
            @QueryParam("after") String after);

    @GET
    @Path("/stories/lookup")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    StoryLookup storyLookup(@QueryParam("ids") String ids);

    @GET
    @Path("/stories/{id}/timeline")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Page<Event> timeline(@PathParam("id") String storyId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("zone") String zone, @QueryParam("kind") List<String> kinds,
            @QueryParam("participantId") String participantId, @QueryParam("occurrence") String occurrence,
            @QueryParam("state") String state, @QueryParam("first") Integer first, @QueryParam("after") String after);

    @GET
    @Path("/stories/{id}/as-of")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    StoryAsOf asOf(@PathParam("id") String storyId, @QueryParam("at") String at);

    @GET
    @Path("/stories/{id}/history")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    List<Change<Story>> storyHistory(@PathParam("id") String id);

    @GET
    @Path("/events")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    List<Event> ofStories(@QueryParam("storyIds") String storyIds);

    @GET
    @Path("/events")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    List<Event> ofParticipants(@QueryParam("participantIds") String participantIds);

    @GET
    @Path("/events/lookup")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    EventLookup eventLookup(@QueryParam("ids") String ids);

    @GET
    @Path("/events/{id}/history")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    List<Change<Event>> eventHistory(@PathParam("id") String id);

    @POST
    @Path("/stories")
    Story createStory(Object input);

    @PUT
    @Path("/stories/{id}")
    Story updateStory(@PathParam("id") String id, Object input);

    @POST
    @Path("/stories/{id}/transitions")
    Story moveStory(@PathParam("id") String id, Map<String, Object> request);

    @DELETE
    @Path("/stories/{id}")
    void deleteStory(@PathParam("id") String id);

    @POST
    @Path("/events")
    Event createEvent(Object input);

    @PUT
    @Path("/events/{id}")
    Event updateEvent(@PathParam("id") String id, Object input);

    @POST
    @Path("/events/{id}/transitions")
    Event moveEvent(@PathParam("id") String id, Map<String, Object> request);

    @DELETE
    @Path("/events/{id}")
    void deleteEvent(@PathParam("id") String id);

    @ClientExceptionMapper
    static RuntimeException error(Response response) {
        return Downstream.error(response, "event-service");
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoryLookup(List<Story> stories, List<String> missing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EventLookup(List<Event> events, List<String> missing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoryAsOf(java.time.Instant asOf, long revision, Story story, List<Event> timeline) {
    }
}
