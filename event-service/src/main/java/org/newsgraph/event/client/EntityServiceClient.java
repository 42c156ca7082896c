package org.newsgraph.event.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.newsgraph.platform.security.ForwardedToken;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/**
 * entity-service's batch lookup, the one call event-service makes to check every participant
 * and place of a write. A slow or failing entity-service must never let a write through
 * unchecked: the call times out, and after repeated failures the breaker opens and writes are
 * refused at once (503) until it recovers.
 */
@RegisterRestClient(configKey = "entity-service")
@RegisterClientHeaders(ForwardedToken.class)
@Path("/entities")
public interface EntityServiceClient {

    @GET
    @Path("/lookup")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = Refused.class)
    @CircuitBreakerName("entity-service-lookup")
    Lookup lookup(@QueryParam("ids") String commaSeparatedIds);

    /** entity-service said no to this caller or this request (4xx): its answer, not its failure. */
    @ClientExceptionMapper
    static RuntimeException refusal(Response response) {
        return response.getStatus() < 500 ? new Refused(response.getStatus()) : null;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Lookup(List<Entity> entities, Map<UUID, UUID> redirects, List<UUID> missing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entity(UUID id, String kind, String name) {
    }

    class Refused extends ClientWebApplicationException {
        public Refused(int status) {
            super(status);
        }
    }
}
