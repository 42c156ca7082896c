package org.newsgraph.quote.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.newsgraph.platform.security.ForwardedToken;

/**
 * entity-service, as quote-service uses it: batch lookup of speakers (on writes), and name search
 * and role holders (to guess the speakers of extracted candidates). Calls carry the caller's token.
 */
@RegisterRestClient(configKey = "entity-service")
@RegisterClientHeaders(ForwardedToken.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface EntityServiceClient {

    /** {@code ids} comma-separated; merged ids answer with their survivor (see {@code redirects}). */
    @GET
    @Path("/entities/lookup")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2)
    Lookup lookup(@QueryParam("ids") String ids);

    /** Read-only, so one quick retry is harmless. */
    @GET
    @Path("/entities/search")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2)
    SearchPage search(@QueryParam("q") String q, @QueryParam("kind") String kind, @QueryParam("first") int first);

    /** Who currently holds each role ({@code roles} comma-separated, "prime minister@ES"); a read, like search. */
    @GET
    @Path("/affiliations/holders")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2)
    List<RoleHolder> holders(@QueryParam("roles") String roles);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoleHolder(EntityRef person, String title, String organisation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Lookup(List<EntityRef> entities, Map<UUID, UUID> redirects, List<UUID> missing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SearchPage(List<Edge> edges) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Edge(String cursor, EntityRef node) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntityRef(UUID id, String kind, String name, List<Alias> aliases, Person person,
            List<Affiliation> currentAffiliations, UUID mergedInto, boolean archived) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Alias(String name, String language) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(String nationality) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Affiliation(String title, UUID organisationId) {
    }
}
