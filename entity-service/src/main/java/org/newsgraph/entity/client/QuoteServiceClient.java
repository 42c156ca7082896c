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

/** quote-service, asked which quotes still name records that are about to be deleted, and told of merges. */
@RegisterRestClient(configKey = "quote-service")
@RegisterClientHeaders(ForwardedToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface QuoteServiceClient {

    /** {@code entityIds} comma-separated: per id, the quotes naming it as speaker or as the one a question was put to. */
    @GET
    @Path("/quotes/references")
    Referrers quotes(@QueryParam("entityIds") String entityIds);

    /** {@code entityIds} comma-separated, merged just now: the quotes naming them name their survivors. */
    @POST
    @Path("/quotes/references/merged")
    MovedReferences merged(@QueryParam("entityIds") String entityIds);
}
