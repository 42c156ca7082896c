package org.newsgraph.entity.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.newsgraph.platform.reference.Referrers;
import org.newsgraph.platform.security.ForwardedToken;

/** quote-service, asked which quotes still name records that are about to be deleted. */
@RegisterRestClient(configKey = "quote-service")
@RegisterClientHeaders(ForwardedToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface QuoteServiceClient {

    /** {@code entityIds} comma-separated: per id, the quotes naming it as speaker or as the one a question was put to. */
    @GET
    @Path("/quotes/references")
    Referrers quotes(@QueryParam("entityIds") String entityIds);
}
