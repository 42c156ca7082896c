package org.newsgraph.gateway.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.gateway.model.Affiliation;
import org.newsgraph.gateway.model.Revisions;
import org.newsgraph.gateway.model.Revisions.EntityRevision;
import org.newsgraph.gateway.model.Connections.EntityConnection;
import org.newsgraph.gateway.model.Entity;
import org.newsgraph.gateway.model.EntityBase;
import org.newsgraph.gateway.model.Enums.EntityKind;
import org.newsgraph.gateway.model.Inputs.AffiliationInput;
import org.newsgraph.gateway.model.Inputs.EntityInput;
import org.newsgraph.gateway.model.Paging;

/** People, organisations, places and delegations, and affiliations: everything the graph asks entity-service. */
@ApplicationScoped
public class Entities {

    static final String SERVICE = "entity-service";

    @Inject
    @RestClient
    EntityServiceClient client;

    @Inject
    Loaders loaders;

    public Uni<Entity> byId(String id) {
        return entities().load(List.of(id)).map(found -> found.get(id))
                .onItem().ifNull().failWith(() -> new GraphError.NotFound("no entity " + id));
    }

    /** The entity each parent names (null where it names none), in one call per level of the query. */
    public <P> Uni<List<Entity>> of(List<P> parents, Function<P, String> id) {
        return entities().each(parents, id);
    }

    /** Each person's titles at organisations, current or not. */
    public <P> Uni<List<List<Affiliation>>> affiliationsOf(List<P> people, Function<P, String> id) {
        return loaders.get("affiliations", () -> new Loader<List<Affiliation>>(Paging.MAX_IDS, ids -> call(client
                .affiliations(Downstream.ids(ids))).map(found -> {
                    Map<String, List<Affiliation>> byPerson = new HashMap<>();
                    ids.forEach(person -> byPerson.put(person, new ArrayList<>()));
                    found.forEach(a -> byPerson.get(a.personId()).add(a));
                    return byPerson;
                }))).each(people, id);
    }

    public Uni<EntityConnection> list(EntityKind kind, Integer first, String after) {
        return call(client.list(name(kind), Paging.size(first), after)).map(page -> EntityConnection.of(page, after));
    }

    public Uni<EntityConnection> search(String query, EntityKind kind, Integer first, String after) {
        return Downstream.naming("q", "query", call(client.search(query, name(kind), Paging.size(first), after)))
                .map(page -> EntityConnection.of(page, after));
    }

    public Uni<List<EntityRevision>> history(String id) {
        return call(client.history(id)).map(history -> Revisions.of(history, (revision, at, user, kind, snapshot) ->
                new EntityRevision(revision, at, user, kind, snapshot == null ? null : EntityBase.of(snapshot))));
    }

    public Uni<Entity> create(EntityInput input) {
        return call(client.create(input)).map(EntityBase::of);
    }

    public Uni<Entity> update(String id, int version, EntityInput input) {
        return call(client.update(id, Bodies.withVersion(input, version))).map(EntityBase::of);
    }

    public Uni<Entity> merge(String duplicateId, String survivorId, int version) {
        return call(client.merge(duplicateId, Bodies.of("survivorId", survivorId, "version", version)))
                .map(EntityBase::of);
    }

    public Uni<Entity> archive(String id, int version, String reason) {
        return call(client.archive(id, Bodies.of("version", version, "reason", reason))).map(EntityBase::of);
    }

    public Uni<Entity> restore(String id, int version) {
        return call(client.restore(id, Bodies.of("version", version))).map(EntityBase::of);
    }

    public Uni<Boolean> delete(String id) {
        return call(client.delete(id)).replaceWith(true);
    }

    public Uni<Affiliation> createAffiliation(AffiliationInput input) {
        return call(client.createAffiliation(input));
    }

    public Uni<Affiliation> updateAffiliation(String id, int version, AffiliationInput input) {
        return call(client.updateAffiliation(id, Bodies.withVersion(input, version)));
    }

    public Uni<Boolean> deleteAffiliation(String id) {
        return call(client.deleteAffiliation(id)).replaceWith(true);
    }

    /** Entities by id; a merged id answers with its survivor. */
    private Loader<Entity> entities() {
        return loaders.get("entities", () -> new Loader<>(Paging.MAX_IDS, ids -> call(client.lookup(
                Downstream.ids(ids))).map(lookup -> {
                    Map<String, Entity> byId = new HashMap<>();
                    lookup.entities().forEach(record -> byId.put(record.id(), EntityBase.of(record)));
                    Map<String, Entity> asked = new HashMap<>();
                    for (String id : ids) {
                        Entity found = byId.get(lookup.redirects() == null ? id
                                : lookup.redirects().getOrDefault(id, id));
                        if (found != null) {
                            asked.put(id, found);
                        }
                    }
                    return asked;
                })));
    }

    private static <T> Uni<T> call(Uni<T> call) {
        return Downstream.call(SERVICE, call);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
