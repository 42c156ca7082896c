package org.newsgraph.gateway.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.client.SseEvent;
import org.newsgraph.platform.changes.FeedPosition;

/**
 * A service's change stream (platform's {@code /changes}), the same in every service: one
 * interface, one client per service, built by {@link ChangeStreams}. The token is passed per call
 * because a subscription outlives the request that started it.
 */
@Path("/changes")
interface ChangeFeedClient {

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<SseEvent<String>> changes(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("storyId") String storyId, @QueryParam("after") long after);

    @GET
    @Path("/position")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<FeedPosition> position(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("storyId") String storyId);
}
