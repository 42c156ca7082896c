package org.newsgraph.gateway.graph;

import java.util.List;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.platform.security.Roles;

/**
 * The gateway's early check of who is asking. The services check the forwarded token again;
 * this only spares them requests that cannot succeed and gives GraphQL clients the right code.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentIdentityAssociation identities;

    /**
     * The caller's identity once the token is verified, if it has {@code role}; UNAUTHENTICATED or
     * FORBIDDEN otherwise. Without waiting for the verification on the event loop.
     */
    public Uni<SecurityIdentity> check(String role) {
        return identities.getDeferredIdentity()
                .onFailure(AuthenticationFailedException.class).transform(e -> invalidToken())
                // kept for the rest of the request: forwarding the token to the services reads it on the event loop
                .invoke(verified -> identities.setIdentity(verified))
                .map(caller -> allowed(caller, role));
    }

    /** The same check, for resolvers that run on a worker thread. */
    public SecurityIdentity require(String role) {
        try {
            return allowed(identity, role);
        } catch (AuthenticationFailedException e) {
            throw invalidToken();
        }
    }

    public List<String> roles() {
        return Roles.ORDER.stream().filter(identity::hasRole).toList();
    }

    private static SecurityIdentity allowed(SecurityIdentity caller, String role) {
        if (caller.isAnonymous()) {
            throw new GraphError.Unauthenticated("a bearer token from the newsroom realm is required");
        }
        if (!caller.hasRole(role)) {
            throw new GraphError.Forbidden("this needs the " + role + " role");
        }
        return caller;
    }

    private static GraphError invalidToken() {
        return new GraphError.Unauthenticated("the bearer token is not valid for the newsroom realm");
    }
}
