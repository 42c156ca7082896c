package org.newsgraph.gateway.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
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
import org.newsgraph.gateway.model.Affiliation;
import org.newsgraph.gateway.model.EntityRecord;
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.paging.Page;
import org.newsgraph.platform.security.ForwardedToken;

/**
 * entity-service as the gateway calls it; only {@link Entities} uses it. Every call times out;
 * reads are retried once, writes never (a write that timed out may have happened), refusals (4xx)
 * never; repeated failures open a breaker so that a service that is down costs its fields at once.
 * Only the service's health opens it: a refusal, or a failure the service reported for one request
 * (500), says nothing about the service, so one client's bad requests cannot cut the others off.
 */
@RegisterRestClient(configKey = Entities.SERVICE)
@RegisterClientHeaders(ForwardedToken.class)
@RegisterProvider(DownstreamCalls.class)
@ClientHeaderParam(name = DownstreamCalls.SERVICE_HEADER, value = Entities.SERVICE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Timeout(value = 3, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = { GraphError.Refusal.class, GraphError.ServiceFailure.class })
interface EntityServiceClient {

    @GET
    @Path("/entities/lookup")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<Lookup> lookup(@QueryParam("ids") String ids);

    @GET
    @Path("/entities/search")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<Page<EntityRecord>> search(@QueryParam("q") String q, @QueryParam("kind") String kind,
            @QueryParam("first") Integer first, @QueryParam("after") String after);

    @GET
    @Path("/entities")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<Page<EntityRecord>> list(@QueryParam("kind") String kind, @QueryParam("first") Integer first,
            @QueryParam("after") String after);

    @GET
    @Path("/entities/{id}/history")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<List<Change<EntityRecord>>> history(@PathParam("id") String id);

    @GET
    @Path("/affiliations")
    @Retry(maxRetries = 1, delay = 50, abortOn = GraphError.Refusal.class)
    Uni<List<Affiliation>> affiliations(@QueryParam("personIds") String personIds);

    @POST
    @Path("/entities")
    Uni<EntityRecord> create(Object input);

    @PUT
    @Path("/entities/{id}")
    Uni<EntityRecord> update(@PathParam("id") String id, Object input);

    @POST
    @Path("/entities/{id}/merge")
    Uni<EntityRecord> merge(@PathParam("id") String id, Map<String, Object> request);

    @POST
    @Path("/entities/{id}/archive")
    Uni<EntityRecord> archive(@PathParam("id") String id, Map<String, Object> request);

    @POST
    @Path("/entities/{id}/restore")
    Uni<EntityRecord> restore(@PathParam("id") String id, Map<String, Object> request);

    @DELETE
    @Path("/entities/{id}")
    Uni<Void> delete(@PathParam("id") String id);

    @POST
    @Path("/affiliations")
    Uni<Affiliation> createAffiliation(Object input);

    @PUT
    @Path("/affiliations/{id}")
    Uni<Affiliation> updateAffiliation(@PathParam("id") String id, Object input);

    @DELETE
    @Path("/affiliations/{id}")
    Uni<Void> deleteAffiliation(@PathParam("id") String id);

    @ClientExceptionMapper
    static RuntimeException error(Response response) {
        return Downstream.error(response, Entities.SERVICE);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Lookup(List<EntityRecord> entities, Map<String, String> redirects, List<String> missing) {
    }
}
