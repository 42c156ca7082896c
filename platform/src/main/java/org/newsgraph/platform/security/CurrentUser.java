package org.newsgraph.platform.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who is making the current request: the token's {@code preferred_username}. History records
 * carry this name; work done outside a request (start-up, migrations) is done by "system".
 */
@ApplicationScoped
@Unremovable
public class CurrentUser {

    public static final String SYSTEM = "system";

    @Inject
    SecurityIdentity identity;

    public String username() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive() || identity.isAnonymous()) {
            return SYSTEM;
        }
        return identity.getPrincipal().getName();
    }

    /** The caller's raw bearer token, to forward to the services this one calls; null if none. */
    public String bearerToken() {
        TokenCredential credential = identity.isAnonymous() ? null : identity.getCredential(TokenCredential.class);
        return credential == null ? null : credential.getToken();
    }

    public boolean hasRole(String role) {
        return !identity.isAnonymous() && identity.hasRole(role);
    }
}
