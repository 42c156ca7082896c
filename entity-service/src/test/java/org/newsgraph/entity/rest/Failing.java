package org.newsgraph.entity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.newsgraph.platform.security.Roles;

/**
 * Test-only: an endpoint that fails the way a bug would (an exception no mapper knows), which no
 * real endpoint does on demand, to show what a client and an operator then see.
 */
@Path("/test-only/failing")
@Produces(MediaType.APPLICATION_JSON)
public class Failing {

    @GET
    @RolesAllowed(Roles.VIEWER)
    public String fail() {
        throw new IllegalStateException("secret internal detail");
    }
}
