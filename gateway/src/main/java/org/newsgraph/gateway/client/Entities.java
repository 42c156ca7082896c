package org.newsgraph.gateway.client;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.newsgraph.gateway.model.Affiliation;
import org.newsgraph.gateway.model.Entity;
import org.newsgraph.gateway.model.EntityBase;
import org.newsgraph.gateway.model.EntityRecord;

/** entity-service for the graph: batch lookups keyed by the id asked, errors as GraphQL errors. */
@ApplicationScoped
public class Entities {

    static final String SERVICE = "entity-service";

    @Inject
    @RestClient
    EntityServiceClient client;

    public EntityServiceClient client() {
        return client;
    }

    /** Many entities in one call, keyed by the id asked (a merged id maps to its survivor). */
    public Map<String, Entity> lookup(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        EntityServiceClient.Lookup lookup = Downstream.call(SERVICE, () -> client.lookup(Downstream.ids(wanted)));
        Map<String, Entity> byId = new HashMap<>();
        for (EntityRecord record : lookup.entities()) {
            byId.put(record.id(), EntityBase.of(record));
        }
        Map<String, Entity> asked = new HashMap<>();
        for (String id : wanted) {
            String target = lookup.redirects() == null ? id : lookup.redirects().getOrDefault(id, id);
            if (byId.containsKey(target)) {
                asked.put(id, byId.get(target));
            }
        }
        return asked;
    }

    public Entity get(String id) {
        return lookup(List.of(id)).get(id);
    }

    /** Every affiliation of these people, in one call. */
    public List<Affiliation> affiliations(Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return Downstream.call(SERVICE, () -> client.affiliations(Downstream.ids(personIds)));
    }
}
