package org.newsgraph.gateway.error;

import java.util.List;
import java.util.Map;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A token that fails verification is refused before GraphQL runs; the answer still has the
 * GraphQL shape, so that clients find {@code errors[0].extensions.code = UNAUTHENTICATED} where
 * they look for every other error.
 */
public class UnauthenticatedGraphQL {

    @ServerExceptionMapper(priority = Priorities.USER - 200)
    public Response badToken(AuthenticationFailedException e) {
        return Response.status(401)
                .type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsroom\"")
                .entity(Map.of("errors", List.of(Map.of(
                        "message", "the bearer token is not valid for the newsroom realm",
                        "extensions", Map.of("code", "UNAUTHENTICATED")))))
                .build();
    }
}
