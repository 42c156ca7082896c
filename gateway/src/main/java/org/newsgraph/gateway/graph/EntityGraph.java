package org.newsgraph.gateway.graph;

import java.util.List;

import io.smallrye.graphql.api.Nullable;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.gateway.client.Entities;
import org.newsgraph.gateway.client.Events;
import org.newsgraph.gateway.model.Revisions.EntityRevision;
import org.newsgraph.gateway.model.Connections.EntityConnection;
import org.newsgraph.gateway.model.Connections.EventConnection;
import org.newsgraph.gateway.model.Entity;
import org.newsgraph.gateway.model.Enums.EntityKind;
import org.newsgraph.gateway.model.Inputs.EntityInput;
import org.newsgraph.platform.security.Roles;

/** The who of a story (people, organisations, places, delegations): finding them, their events, their history, changing them. */
@GraphQLApi
public class EntityGraph {

    @Inject
    Caller caller;

    @Inject
    QueryBudget budget;

    @Inject
    Entities entities;

    @Inject
    Events events;

    @Query
    @Description("A person, organisation, place or delegation by id (also when merged or archived)")
    public Uni<Entity> entity(@NonNull @Id String id) {
        return caller.check(Roles.VIEWER).chain(() -> entities.byId(GivenIds.of(id, "id")));
    }

    @Query
    @Description("Active entities by name, optionally of one kind")
    public Uni<EntityConnection> entities(EntityKind kind, Integer first, String after) {
        return caller.check(Roles.VIEWER).chain(() -> entities.list(kind, first, after));
    }

    @Query
    @Description("Find entities by name or alias: case-, accent- and typo-tolerant, best first")
    public Uni<EntityConnection> searchEntities(@NonNull String query, EntityKind kind, Integer first,
            String after) {
        return caller.check(Roles.VIEWER).chain(() -> entities.search(query, kind, first, after));
    }

    @Description("The events of this record, in time order: those a person, organisation or delegation took part in "
            + "(or was absent from); those held at a place")
    public Uni<List<EventConnection>> events(@Source List<Entity> records, Integer first, String after, String zone) {
        return budget.pages(records.size(), first, () -> events.eventsOf(records, zone, first, after));
    }

    @Nullable
    @Description("Every change to this record: who, when, and the record as it was")
    public Uni<List<@NonNull EntityRevision>> history(@Source Entity entity) {
        return budget.history(() -> entities.history(entity.getId()));
    }

    @Mutation
    @Description("Create a person, organisation, place or delegation (reporter)")
    public Uni<Entity> createEntity(@NonNull EntityInput input) {
        return caller.check(Roles.REPORTER).chain(() -> entities.create(input));
    }

    @Mutation
    @Description("Edit an entity; version is the one the edit is based on (reporter)")
    public Uni<Entity> updateEntity(@NonNull @Id String id, int version, @NonNull EntityInput input) {
        return caller.check(Roles.REPORTER).chain(() -> entities.update(id, version, input));
    }

    @Mutation
    @Description("Merge a duplicate into a survivor: its names, titles, events and quotes then belong to the survivor;"
            + " returns the survivor (editor)")
    public Uni<Entity> mergeEntity(@NonNull @Id String duplicateId, @NonNull @Id String survivorId, int version) {
        return caller.check(Roles.EDITOR).chain(() -> entities.merge(GivenIds.of(duplicateId, "duplicateId"),
                GivenIds.of(survivorId, "survivorId"), version));
    }

    @Mutation
    @Description("Hide an entity from lists and search; it stays readable by id (editor)")
    public Uni<Entity> archiveEntity(@NonNull @Id String id, int version, String reason) {
        return caller.check(Roles.EDITOR).chain(() -> entities.archive(id, version, reason));
    }

    @Mutation
    @Description("Bring an archived entity back (editor)")
    public Uni<Entity> restoreEntity(@NonNull @Id String id, int version) {
        return caller.check(Roles.EDITOR).chain(() -> entities.restore(id, version));
    }

    @Mutation
    @NonNull
    @Description("Delete an entity for good; refused while anything refers to it (admin)")
    public Uni<Boolean> deleteEntity(@NonNull @Id String id) {
        return caller.check(Roles.ADMIN).chain(() -> entities.delete(id));
    }
}
