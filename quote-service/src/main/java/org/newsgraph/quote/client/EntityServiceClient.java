package org.newsgraph.quote.client;

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
 * entity-service, as quote-service uses it: batch lookup of speakers (on writes), and name search
 * and role holders (to guess the speakers of extracted candidates). Calls carry the caller's token
 * and go through platform's ReferenceChecker, which guards them and follows merge redirects.
 */
@RegisterRestClient(configKey = EntityServiceClient.SERVICE)
@RegisterClientHeaders(ForwardedToken.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface EntityServiceClient {

    String SERVICE = "entity-service";

    /** {@code ids} comma-separated; merged ids answer with their survivor (see {@code redirects}). */
    @GET
    @Path("/entities/lookup")
    EntityLookup lookup(@QueryParam("ids") String ids);

    /** Names and aliases matching q, for extraction's speaker guesses (a read: retried once). */
    @GET
    @Path("/entities/search")
    SearchPage search(@QueryParam("q") String q, @QueryParam("kind") String kind, @QueryParam("first") int first);

    /** Who currently holds each role ({@code roles} comma-separated, "prime minister@ES"); a read, like search. */
    @GET
    @Path("/affiliations/holders")
    List<RoleHolder> holders(@QueryParam("roles") String roles);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoleHolder(EntityRef person, String title, String organisation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntityLookup(List<EntityRef> entities, Map<UUID, UUID> redirects, List<UUID> missing)
            implements Lookup<EntityRef> {

        @Override
        public List<EntityRef> found() {
            return entities;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SearchPage(List<Edge> edges) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Edge(String cursor, EntityRef node) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntityRef(UUID id, String kind, String name, List<Alias> aliases, Person person,
            List<Affiliation> currentAffiliations, UUID mergedInto, boolean archived) implements Lookup.Record {
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
