package org.newsgraph.quote.client;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Sends the caller's own bearer token on calls to other services: they check it again (no
 * service trusts the network), and drafts the caller may not see stay invisible to the lookup.
 */
@ApplicationScoped
public class BearerTokenForwarding implements ClientHeadersFactory {

    @Inject
    SecurityIdentity identity;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
            MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        TokenCredential token = identity.isAnonymous() ? null : identity.getCredential(TokenCredential.class);
        if (token != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        } else if (incomingHeaders != null && incomingHeaders.containsKey(HttpHeaders.AUTHORIZATION)) {
            headers.put(HttpHeaders.AUTHORIZATION, incomingHeaders.get(HttpHeaders.AUTHORIZATION));
        }
        return headers;
    }
}
