package org.newsgraph.gateway.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.smallrye.graphql.api.Nullable;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.gateway.client.Downstream;
import org.newsgraph.gateway.client.Entities;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.gateway.model.Affiliation;
import org.newsgraph.gateway.model.Changes.EntityChange;
import org.newsgraph.gateway.model.Changes;
import org.newsgraph.gateway.model.Connections.EntityConnection;
import org.newsgraph.gateway.model.Delegation;
import org.newsgraph.gateway.model.DelegationMember;
import org.newsgraph.gateway.model.Entity;
import org.newsgraph.gateway.model.EntityBase;
import org.newsgraph.gateway.model.Enums.EntityKind;
import org.newsgraph.gateway.model.Inputs.AffiliationInput;
import org.newsgraph.gateway.model.Inputs.EntityInput;
import org.newsgraph.gateway.model.Paging;
import org.newsgraph.gateway.model.Participant;
import org.newsgraph.gateway.model.Person;
import org.newsgraph.platform.security.Roles;

/** The who of a story: entities, their search, joins to them, and their mutations. */
@GraphQLApi
public class EntityGraph {

    private static final String SERVICE = "entity-service";

    @Inject
    Caller caller;

    @Inject
    Entities entities;

    // ---- queries --------------------------------------------------------------------------

    @Query
    @Description("A person, organisation, place or delegation by id (also when merged or archived)")
    public Entity entity(@NonNull @Id String id) {
        caller.require(Roles.VIEWER);
        Entity entity = entities.get(id);
        if (entity == null) {
            throw new GraphError.NotFound("no entity " + id);
        }
        return entity;
    }

    @Query
    @Description("Active entities by name, optionally of one kind")
    public EntityConnection entities(EntityKind kind, Integer first, String after) {
        caller.require(Roles.VIEWER);
        return EntityConnection.of(Downstream.call(SERVICE, () -> entities.client().list(
                kind == null ? null : kind.name(), Paging.size(first), after)), after);
    }

    @Query
    @Description("Find entities by name or alias: case-, accent- and typo-tolerant, best first")
    public EntityConnection searchEntities(@NonNull String query, EntityKind kind, Integer first, String after) {
        caller.require(Roles.VIEWER);
        return EntityConnection.of(Downstream.call(SERVICE, () -> entities.client().search(query,
                kind == null ? null : kind.name(), Paging.size(first), after)), after);
    }

    // ---- joins (each one call per batch of parents) ----------------------------------------

    @Description("The person, organisation or delegation taking part")
    public List<Entity> entity(@Source List<Participant> participants) {
        Map<String, Entity> found = entities.lookup(participants.stream().map(Participant::entityId).toList());
        return participants.stream().map(p -> found.get(p.entityId())).toList();
    }

    @Description("The person")
    public List<Entity> person(@Source List<DelegationMember> members) {
        Map<String, Entity> found = entities.lookup(members.stream().map(DelegationMember::personId).toList());
        return members.stream().map(m -> found.get(m.personId())).toList();
    }

    @Description("The delegation's head (one of its members)")
    public List<Entity> head(@Source List<Delegation> delegations) {
        Map<String, Entity> found = entities.lookup(delegations.stream().map(Delegation::getHeadId).toList());
        return delegations.stream().map(d -> found.get(d.getHeadId())).toList();
    }

    @Description("The organisation that sent the delegation")
    public List<Entity> organisation(@Source List<Delegation> delegations) {
        Map<String, Entity> found = entities.lookup(delegations.stream().map(Delegation::getOrganisationId).toList());
        return delegations.stream().map(d -> found.get(d.getOrganisationId())).toList();
    }

    @Name("organisation")
    @Description("The organisation of this title")
    public List<Entity> affiliationOrganisation(@Source List<Affiliation> affiliations) {
        Map<String, Entity> found = entities.lookup(affiliations.stream().map(Affiliation::organisationId).toList());
        return affiliations.stream().map(a -> found.get(a.organisationId())).toList();
    }

    @Description("The person's titles at organisations, current or not (each says which)")
    public List<List<@NonNull Affiliation>> affiliations(@Source List<Person> people) {
        Map<String, List<Affiliation>> byPerson = entities.affiliations(ids(people)).stream()
                .collect(Collectors.groupingBy(Affiliation::personId));
        return people.stream().map(p -> byPerson.getOrDefault(p.getId(), List.of())).toList();
    }

    @Description("Every change to this record: who, when, and the record as it was")
    @Nullable
    public List<@NonNull EntityChange> history(@Source Entity entity) {
        return Changes.of(Downstream.call(SERVICE, () -> entities.client().history(entity.getId())),
                (revision, at, user, kind, snapshot) -> new EntityChange(revision, at, user, kind,
                        snapshot == null ? null : EntityBase.of(snapshot)));
    }

    // ---- mutations ------------------------------------------------------------------------

    @Mutation
    @Description("Create a person, organisation, place or delegation (reporter)")
    public Entity createEntity(@NonNull EntityInput input) {
        caller.require(Roles.REPORTER);
        return EntityBase.of(Downstream.call(SERVICE, () -> entities.client().create(input)));
    }

    @Mutation
    @Description("Edit an entity; version is the one the edit is based on (reporter)")
    public Entity updateEntity(@NonNull @Id String id, int version, @NonNull EntityInput input) {
        caller.require(Roles.REPORTER);
        return EntityBase.of(Downstream.call(SERVICE,
                () -> entities.client().update(id, Bodies.withVersion(input, version))));
    }

    @Mutation
    @Description("Merge a duplicate into a survivor; returns the survivor (editor)")
    public Entity mergeEntity(@NonNull @Id String duplicateId, @NonNull @Id String survivorId, int version) {
        caller.require(Roles.EDITOR);
        return EntityBase.of(Downstream.call(SERVICE, () -> entities.client().merge(duplicateId,
                Bodies.of("survivorId", survivorId, "version", version))));
    }

    @Mutation
    @Description("Hide an entity from lists and search; it stays readable by id (editor)")
    public Entity archiveEntity(@NonNull @Id String id, int version, String reason) {
        caller.require(Roles.EDITOR);
        return EntityBase.of(Downstream.call(SERVICE,
                () -> entities.client().archive(id, Bodies.of("version", version, "reason", reason))));
    }

    @Mutation
    @Description("Bring an archived entity back (editor)")
    public Entity restoreEntity(@NonNull @Id String id, int version) {
        caller.require(Roles.EDITOR);
        return EntityBase.of(Downstream.call(SERVICE, () -> entities.client().restore(id, Bodies.of("version", version))));
    }

    @Mutation
    @Description("Delete an entity for good; refused while anything refers to it (admin)")
    public boolean deleteEntity(@NonNull @Id String id) {
        caller.require(Roles.ADMIN);
        Downstream.run(SERVICE, () -> entities.client().delete(id));
        return true;
    }

    @Mutation
    @Description("Record a person's title at an organisation (reporter)")
    public Affiliation createAffiliation(@NonNull AffiliationInput input) {
        caller.require(Roles.REPORTER);
        return Downstream.call(SERVICE, () -> entities.client().createAffiliation(input));
    }

    @Mutation
    @Description("Edit an affiliation, e.g. the date it ended (reporter)")
    public Affiliation updateAffiliation(@NonNull @Id String id, int version, @NonNull AffiliationInput input) {
        caller.require(Roles.REPORTER);
        return Downstream.call(SERVICE, () -> entities.client().updateAffiliation(id, Bodies.withVersion(input, version)));
    }

    @Mutation
    @Description("Delete an affiliation for good (admin)")
    public boolean deleteAffiliation(@NonNull @Id String id) {
        caller.require(Roles.ADMIN);
        Downstream.run(SERVICE, () -> entities.client().deleteAffiliation(id));
        return true;
    }

    // ---- internals ------------------------------------------------------------------------

    static List<String> ids(Collection<? extends Entity> list) {
        return list.stream().map(Entity::getId).filter(Objects::nonNull).distinct().toList();
    }
}
