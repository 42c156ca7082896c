package org.newsgraph.gateway.graph;

import java.util.List;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
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

    /** The caller's identity if it has {@code role}; UNAUTHENTICATED or FORBIDDEN otherwise. */
    public SecurityIdentity require(String role) {
        boolean anonymous;
        try {
            anonymous = identity.isAnonymous();
        } catch (AuthenticationFailedException e) {
            throw new GraphError.Unauthenticated("the bearer token is not valid for the newsroom realm");
        }
        if (anonymous) {
            throw new GraphError.Unauthenticated("a bearer token from the newsroom realm is required");
        }
        if (!identity.hasRole(role)) {
            throw new GraphError.Forbidden("this needs the " + role + " role");
        }
        return identity;
    }

    public List<String> roles() {
        return Roles.ORDER.stream().filter(identity::hasRole).toList();
    }
}
