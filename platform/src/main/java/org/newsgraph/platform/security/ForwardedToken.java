package org.newsgraph.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Every call one of our services makes to another carries the caller's own bearer token: the
 * called service checks it again (no service trusts the network). Register it on a REST client
 * with {@code @RegisterClientHeaders(ForwardedToken.class)}.
 */
@ApplicationScoped
public class ForwardedToken implements ClientHeadersFactory {

    @Inject
    CurrentUser user;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String token = user.bearerToken();
        if (token != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return headers;
    }
}
