package org.newsgraph.entity.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.newsgraph.platform.reference.MovedReferences;
import org.newsgraph.platform.reference.Referrers;
import org.newsgraph.platform.security.ForwardedToken;

/** event-service, asked which events still name records that are about to be deleted, and told of merges. */
@RegisterRestClient(configKey = "event-service")
@RegisterClientHeaders(ForwardedToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface EventServiceClient {

    /** {@code entityIds} comma-separated: per id, the events naming it as participant or place. */
    @GET
    @Path("/events/references")
    Referrers events(@QueryParam("entityIds") String entityIds);

    /** {@code entityIds} comma-separated, merged just now: the events naming them name their survivors. */
    @POST
    @Path("/events/references/merged")
    MovedReferences merged(@QueryParam("entityIds") String entityIds);
}
