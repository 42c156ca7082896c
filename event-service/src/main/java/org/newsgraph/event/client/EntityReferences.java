package org.newsgraph.event.client;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.newsgraph.platform.error.ErrorCode;
import org.newsgraph.platform.error.NewsgraphException;

/**
 * Checks ids that point into entity-service, in one batch call with the caller's own token
 * (entity-service checks it again). Turns an unreachable entity-service into 503 UNAVAILABLE.
 */
@ApplicationScoped
public class EntityReferences {

    private static final Logger LOG = Logger.getLogger(EntityReferences.class);

    @Inject
    @RestClient
    EntityServiceClient client;

    /** What an id resolves to: the record (a merged id gives its survivor), or absent if unknown. */
    public Map<UUID, EntityServiceClient.Entity> resolve(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        EntityServiceClient.Lookup lookup;
        try {
            lookup = client.lookup(ids.stream().distinct().map(UUID::toString).collect(Collectors.joining(",")));
        } catch (EntityServiceClient.Refused refused) {
            int status = refused.getResponse().getStatus();
            if (status == 401) {
                throw new NewsgraphException(ErrorCode.UNAUTHENTICATED, "entity-service did not accept your token");
            }
            if (status == 403) {
                throw NewsgraphException.forbidden("entity-service refused your role");
            }
            throw NewsgraphException.unavailable("entity-service refused the reference check (" + status + ")",
                    refused);
        } catch (FaultToleranceException | ProcessingException | WebApplicationException e) {
            LOG.warnf("entity-service lookup failed: %s", e.toString());
            throw NewsgraphException.unavailable(
                    "entity-service cannot be reached to check the references; nothing was stored", e);
        }
        Map<UUID, EntityServiceClient.Entity> byId = new HashMap<>();
        for (EntityServiceClient.Entity entity : lookup.entities()) {
            byId.put(entity.id(), entity);
        }
        Map<UUID, EntityServiceClient.Entity> resolved = new HashMap<>();
        for (UUID id : ids) {
            UUID target = lookup.redirects() == null ? id : lookup.redirects().getOrDefault(id, id);
            EntityServiceClient.Entity entity = byId.get(target);
            if (entity != null) {
                resolved.put(id, entity);
            }
        }
        return resolved;
    }

}
