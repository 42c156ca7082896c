package org.newsgraph.gateway.client;

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
import org.newsgraph.gateway.model.Quote;
import org.newsgraph.gateway.model.QuoteTypes.Extraction;
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.paging.Page;
import org.newsgraph.platform.security.ForwardedToken;

/** quote-service as the gateway calls it; only {@link Quotes} uses it (resilience as in {@link EntityServiceClient}). */
@RegisterRestClient(configKey = Quotes.SERVICE)
@RegisterClientHeaders(ForwardedToken.class)
@RegisterProvider(DownstreamCalls.class)
@ClientHeaderParam(name = DownstreamCalls.SERVICE_HEADER, value = Quotes.SERVICE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Timeout(value = 3, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = { GraphError.Refusal.class, GraphError.ServiceFailure.class })
interface QuoteServiceClient {

    @GET
    @Path("/quotes")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<Groups> groups(@QueryParam("speakerIds") String speakerIds, @QueryParam("eventIds") String eventIds,
            @QueryParam("storyIds") String storyIds, @QueryParam("first") Integer first);

    @GET
    @Path("/quotes/lookup")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<Lookup> lookup(@QueryParam("ids") String ids);

    @GET
    @Path("/quotes/search")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<Page<Hit>> search(@BeanParam SearchParams search);

    @GET
    @Path("/quotes/{id}/history")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<List<Change<Quote>>> history(@PathParam("id") String id);

    @POST
    @Path("/quotes")
    Uni<Quote> create(Object input);

    @PUT
    @Path("/quotes/{id}")
    Uni<Quote> update(@PathParam("id") String id, Object input);

    @POST
    @Path("/quotes/{id}/transitions")
    Uni<Quote> move(@PathParam("id") String id, Map<String, Object> request);

    @POST
    @Path("/quotes/{id}/verification")
    Uni<Quote> verify(@PathParam("id") String id, Map<String, Object> request);

    @DELETE
    @Path("/quotes/{id}")
    Uni<Void> delete(@PathParam("id") String id);

    @POST
    @Path("/quotes/extract")
    Uni<Extraction> extract(Object request);

    @POST
    @Path("/quotes/accept")
    Uni<List<Quote>> accept(Object request);

    @ClientExceptionMapper
    static RuntimeException error(Response response) {
        return Downstream.error(response, Quotes.SERVICE);
    }

    /** A search's words, filters and page, as query parameters. */
    class SearchParams {
        @QueryParam("q")
        public String query;
        @QueryParam("language")
        public String language;
        @QueryParam("speakerId")
        public String speakerId;
        @QueryParam("storyId")
        public String storyId;
        @QueryParam("eventId")
        public String eventId;
        @QueryParam("kind")
        public String kind;
        @QueryParam("state")
        public String state;
        @QueryParam("verification")
        public String verification;
        @QueryParam("from")
        public String from;
        @QueryParam("to")
        public String to;
        @QueryParam("first")
        public Integer first;
        @QueryParam("after")
        public String after;
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
