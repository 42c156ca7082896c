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
import org.newsgraph.gateway.model.Quote;
import org.newsgraph.gateway.model.QuoteTypes.Extraction;
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.paging.Page;
import org.newsgraph.platform.security.ForwardedToken;

/** quote-service as the gateway calls it (the same resilience as {@link EntityServiceClient}). */
@RegisterRestClient(configKey = "quote-service")
@RegisterClientHeaders(ForwardedToken.class)
@RegisterProvider(DownstreamCalls.class)
@ClientHeaderParam(name = DownstreamCalls.SERVICE_HEADER, value = "quote-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Timeout(value = 3, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = GraphError.Refusal.class)
public interface QuoteServiceClient {

    @GET
    @Path("/quotes")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Groups groups(@QueryParam("speakerIds") String speakerIds, @QueryParam("eventIds") String eventIds,
            @QueryParam("storyIds") String storyIds, @QueryParam("first") Integer first);

    @GET
    @Path("/quotes/lookup")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Lookup lookup(@QueryParam("ids") String ids);

    @GET
    @Path("/quotes/search")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Page<Hit> search(@QueryParam("q") String q, @QueryParam("language") String language,
            @QueryParam("speakerId") String speakerId, @QueryParam("storyId") String storyId,
            @QueryParam("eventId") String eventId, @QueryParam("kind") String kind, @QueryParam("state") String state,
            @QueryParam("verification") String verification, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("first") Integer first, @QueryParam("after") String after);

    @GET
    @Path("/quotes/{id}/history")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    List<Change<Quote>> history(@PathParam("id") String id);

    @POST
    @Path("/quotes")
    Quote create(Object input);

    @PUT
    @Path("/quotes/{id}")
    Quote update(@PathParam("id") String id, Object input);

    @POST
    @Path("/quotes/{id}/transitions")
    Quote move(@PathParam("id") String id, Map<String, Object> request);

    @POST
    @Path("/quotes/{id}/verification")
    Quote verify(@PathParam("id") String id, Map<String, Object> request);

    @DELETE
    @Path("/quotes/{id}")
    void delete(@PathParam("id") String id);

    @POST
    @Path("/quotes/extract")
    Extraction extract(Object request);

    @POST
    @Path("/quotes/accept")
    List<Quote> accept(Object request);

    @ClientExceptionMapper
    static RuntimeException error(Response response) {
        return Downstream.error(response, "quote-service");
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Groups(List<Group> groups) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Group(String id, int totalCount, List<Quote> quotes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Lookup(List<Quote> quotes, List<String> missing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hit(Quote quote, String snippet, double rank) {
    }
}
