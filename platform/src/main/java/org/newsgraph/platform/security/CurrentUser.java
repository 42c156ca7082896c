package org.newsgraph.platform.security;

import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.CurrentIdentityAssociation;
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

    @Inject
    CurrentIdentityAssociation identities;

    public String username() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive() || identity.isAnonymous()) {
            return SYSTEM;
        }
        return identity.getPrincipal().getName();
    }

    /**
     * The caller's raw bearer token, to forward to the services this one calls; null if none. On an
     * event loop only an identity already verified is read, since verifying one there would block
     * it: a call made for a request whose scope has ended (its client went away and Quarkus
     * destroyed the scope while the work went on) then carries no token and the service refuses
     * it, where it used to fail with "the current thread cannot be blocked" and an ERROR line.
     */
    public String bearerToken() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        SecurityIdentity caller = BlockingOperationControl.isBlockingAllowed() ? identity : verifiedSoFar();
        TokenCredential credential = caller == null || caller.isAnonymous() ? null
                : caller.getCredential(TokenCredential.class);
        return credential == null ? null : credential.getToken();
    }

    /** The identity if it is known now (it is, once the request's token was checked); null otherwise. */
    private SecurityIdentity verifiedSoFar() {
        AtomicReference<SecurityIdentity> known = new AtomicReference<>();
        identities.getDeferredIdentity().subscribe().with(known::set, failure -> {
        });
        return known.get();
    }

    public boolean hasRole(String role) {
        return !identity.isAnonymous() && identity.hasRole(role);
    }
}
