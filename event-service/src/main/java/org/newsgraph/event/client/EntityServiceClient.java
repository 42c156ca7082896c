package org.newsgraph.event.client;

import java.util.List;
import java.util.Map;
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
import org.newsgraph.platform.security.ForwardedToken;

/**
 * entity-service's batch lookup, the one call event-service makes to check every participant
 * and place of a write, with the caller's token. Called through platform's ReferenceChecker, which
 * guards it (timeout, circuit breaker) and follows merge redirects.
 */
@RegisterRestClient(configKey = EntityServiceClient.SERVICE)
@RegisterClientHeaders(ForwardedToken.class)
@Path("/entities")
public interface EntityServiceClient {

    String SERVICE = "entity-service";

    @GET
    @Path("/lookup")
    @Produces(MediaType.APPLICATION_JSON)
    EntityLookup lookup(@QueryParam("ids") String commaSeparatedIds);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntityLookup(List<Entity> entities, Map<UUID, UUID> redirects, List<UUID> missing)
            implements Lookup<Entity> {

        @Override
        public List<Entity> found() {
            return entities;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entity(UUID id, String kind, String name) implements Lookup.Record {
    }
}
