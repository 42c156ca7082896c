package org.newsgraph.entity.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.newsgraph.entity.Affiliation;
import org.newsgraph.entity.Alias;
import org.newsgraph.entity.Delegation;
import org.newsgraph.entity.DelegationMember;
import org.newsgraph.entity.EntityKind;
import org.newsgraph.entity.NewsEntity;
import org.newsgraph.entity.Organisation;
import org.newsgraph.entity.OrganisationKind;
import org.newsgraph.entity.Person;
import org.newsgraph.entity.Place;
import org.newsgraph.entity.api.ArchiveRequest;
import org.newsgraph.entity.api.EntityInput;
import org.newsgraph.entity.api.EntityLookup;
import org.newsgraph.entity.api.EntityView;
import org.newsgraph.entity.api.MergeRequest;
import org.newsgraph.entity.client.ReferencesElsewhere;
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.audit.History;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.paging.Cursor;
import org.newsgraph.platform.paging.Page;
import org.newsgraph.platform.paging.PageRequest;

/**
 * The rules for people, organisations, places and delegations: creation and edits (with
 * versions), references between them, merges, archiving and deletion.
 */
@ApplicationScoped
@Transactional
public class EntityService {

    /** Most ids one batch lookup answers. */
    public static final int MAX_LOOKUP = 500;
    /** How long a chain of merges can be followed (merges compress chains, so one step is usual). */
    private static final int MAX_MERGE_HOPS = 16;

    @Inject
    EntityManager em;

    @Inject
    EntityOutbox outbox;

    @Inject
    AffiliationService affiliations;

    @Inject
    EntitySearch entitySearch;

    @Inject
    ReferencesElsewhere elsewhere;

    // ---- reading --------------------------------------------------------------------------

    @Transactional(SUPPORTS)
    public EntityView get(UUID id) {
        Loaded loaded = load(List.of(id));
        NewsEntity entity = loaded.records().get(id);
        if (entity == null) {
            throw NewsgraphException.notFound("Entity", id);
        }
        return views(List.of(entity), loaded.affiliations()).get(0);
    }

    @Transactional(SUPPORTS)
    public EntityLookup lookup(List<UUID> ids) {
        if (ids.size() > MAX_LOOKUP) {
            throw NewsgraphException.badInput("ids", "at most " + MAX_LOOKUP + " ids per lookup");
        }
        Loaded loaded = load(new LinkedHashSet<>(ids));
        Map<UUID, NewsEntity> found = loaded.records();
        Map<UUID, UUID> redirects = new LinkedHashMap<>();
        // follow merges, one query per hop (not per id)
        Set<UUID> pending = found.values().stream().filter(e -> e.mergedInto != null).map(e -> e.mergedInto)
                .filter(id -> !found.containsKey(id)).collect(Collectors.toSet());
        for (int hop = 0; !pending.isEmpty() && hop < MAX_MERGE_HOPS; hop++) {
            Map<UUID, NewsEntity> survivors = loaded.add(load(pending));
            pending = survivors.values().stream().filter(e -> e.mergedInto != null).map(e -> e.mergedInto)
                    .filter(id -> !found.containsKey(id)).collect(Collectors.toSet());
        }
        List<NewsEntity> ordered = new ArrayList<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID asked : new LinkedHashSet<>(ids)) {
            NewsEntity entity = found.get(asked);
            if (entity == null) {
                missing.add(asked);
                continue;
            }
            NewsEntity survivor = survivorOf(entity, found::get);
            if (survivor != entity) {
                redirects.put(asked, survivor.id);
            }
            ordered.add(survivor);
        }
        return new EntityLookup(views(ordered, loaded.affiliations()), redirects, missing);
    }

    @Transactional(SUPPORTS)
    public Page<EntityView> list(EntityKind kind, PageRequest page) {
        StringBuilder where = new StringBuilder("archived = false and mergedInto is null");
        Map<String, Object> params = new HashMap<>();
        if (kind != null) {
            where.append(" and type(e) = :kind");
            params.put("kind", classOf(kind));
        }
        if (page.after() != null) {
            List<String> keys = Cursor.decode(page.after(), 2);
            where.append(" and (e.name > :name or (e.name = :name and e.id > :id))");
            params.put("name", keys.get(0));
            params.put("id", parseCursorId(keys.get(1)));
        }
        var query = em.createQuery("select e.id from NewsEntity e where " + where + " order by e.name, e.id",
                UUID.class).setMaxResults(page.first() + 1);
        params.forEach(query::setParameter);
        List<UUID> ids = query.getResultList();
        Loaded loaded = load(ids);
        return Page.of(views(loaded.inOrder(ids), loaded.affiliations()), page, v -> Cursor.encode(v.name(), v.id()),
                Function.identity());
    }

    /** Active records matching {@code q} by name or alias, best first. */
    public Page<EntityView> search(String q, EntityKind kind, PageRequest page) {
        EntitySearch.Hits hits = entitySearch.search(q, kind, page);
        Loaded found = load(hits.ids());
        List<EntityView> ranked = views(found.inOrder(hits.ids()), found.affiliations());
        List<Integer> positions = IntStream.range(0, ranked.size()).boxed().toList();
        return Page.of(positions, page, hits::cursorOf, ranked::get);
    }

    @Transactional(SUPPORTS)
    public List<Change<EntityView>> history(UUID id) {
        List<Change<EntityView>> changes = History.of(em, NewsEntity.class, id, e -> EntityViews.of(e, null));
        if (changes.isEmpty()) {
            throw NewsgraphException.notFound("Entity", id);
        }
        return changes;
    }

    // ---- writing --------------------------------------------------------------------------

    public EntityView create(EntityInput input) {
        NewsEntity entity = switch (input.kind()) {
            case PERSON -> new Person();
            case ORGANISATION -> new Organisation();
            case PLACE -> new Place();
            case DELEGATION -> new Delegation();
        };
        apply(entity, input);
        em.persist(entity);
        em.flush();
        outbox.created(entity);
        return get(entity.id);
    }

    public EntityView update(UUID id, EntityInput input) {
        NewsEntity entity = find(id);
        if (input.kind() != entity.kind()) {
            throw NewsgraphException.badInput("kind", "this record is a " + entity.kind() + "; its kind cannot change");
        }
        if (entity.mergedInto != null) {
            throw NewsgraphException.conflict("this record was merged into " + entity.mergedInto
                    + "; edit the survivor instead", entity.version);
        }
        requireVersion(entity, input.version());
        apply(entity, input);
        em.flush();
        outbox.updated(entity);
        return get(id);
    }

    /**
     * Merges a duplicate into a survivor: the duplicate keeps answering by id with
     * {@code mergedInto}; its names, affiliations and delegation places move to the survivor. Merging
     * it again into the same survivor changes nothing here (and lets the other services finish moving
     * their references, see {@link ReferencesElsewhere#followMerge}).
     */
    public EntityView merge(UUID duplicateId, MergeRequest request) {
        NewsEntity duplicate = find(duplicateId);
        if (request.survivorId().equals(duplicateId)) {
            throw NewsgraphException.badInput("survivorId", "a record cannot be merged into itself");
        }
        NewsEntity survivor = em.find(NewsEntity.class, request.survivorId());
        if (survivor == null) {
            throw NewsgraphException.badInput("survivorId", "no record with id " + request.survivorId());
        }
        if (survivor.mergedInto != null) {
            throw NewsgraphException.badInput("survivorId", "record " + survivor.id
                    + " was itself merged into " + survivor.mergedInto + "; merge into that one instead");
        }
        if (survivor.archived) {
            throw NewsgraphException.badInput("survivorId", "record " + survivor.id + " is archived");
        }
        if (survivor.kind() != duplicate.kind()) {
            throw NewsgraphException.badInput("survivorId", "a " + duplicate.kind()
                    + " can only be merged into another " + duplicate.kind() + ", not a " + survivor.kind());
        }
        if (survivor.id.equals(duplicate.mergedInto)) {
            // merged already (the services may not all have moved their references): nothing changes here
            return get(survivor.id);
        }
        if (duplicate.mergedInto != null) {
            throw NewsgraphException.conflict("record " + duplicateId + " was already merged into "
                    + duplicate.mergedInto, duplicate.version);
        }
        requireVersion(duplicate, request.version());

        List<Alias> names = new ArrayList<>(survivor.aliases);
        names.add(new Alias(duplicate.name, null));
        names.addAll(duplicate.aliases);
        survivor.aliases.clear();
        survivor.aliases.addAll(distinctAliases(names, survivor.name));
        duplicate.aliases.clear();
        if (survivor.wikidataId == null && duplicate.wikidataId != null) {
            survivor.wikidataId = duplicate.wikidataId;
            duplicate.wikidataId = null;
        }
        if (survivor.description == null) {
            survivor.description = duplicate.description;
        }
        affiliations.moveReferences(duplicateId, survivor.id);
        List<Delegation> repointed = delegationsReferring(duplicateId);
        for (Delegation delegation : repointed) {
            if (duplicateId.equals(delegation.organisationId)) {
                delegation.organisationId = survivor.id;
            }
            if (duplicateId.equals(delegation.headId)) {
                delegation.headId = survivor.id;
            }
            List<DelegationMember> members = new ArrayList<>();
            Set<UUID> seen = new LinkedHashSet<>();
            for (DelegationMember member : delegation.members) {
                UUID personId = duplicateId.equals(member.personId) ? survivor.id : member.personId;
                if (seen.add(personId)) {
                    members.add(new DelegationMember(personId, member.role));
                }
            }
            delegation.members.clear();
            delegation.members.addAll(members);
        }
        // earlier duplicates of the duplicate now point straight at the survivor
        for (NewsEntity earlier : em.createQuery("from NewsEntity where mergedInto = :id", NewsEntity.class)
                .setParameter("id", duplicateId).getResultList()) {
            earlier.mergedInto = survivor.id;
        }
        duplicate.mergedInto = survivor.id;
        em.flush();
        outbox.merged(duplicate);
        outbox.updated(survivor);
        repointed.forEach(outbox::updated);
        return get(survivor.id);
    }

    /** The records merged into this one, which answer with it (at most {@link #MAX_LOOKUP}). */
    @Transactional(SUPPORTS)
    public List<UUID> mergedInto(UUID survivorId) {
        return em.createQuery("select e.id from NewsEntity e where e.mergedInto = :id order by e.id", UUID.class)
                .setParameter("id", survivorId).setMaxResults(MAX_LOOKUP).getResultList();
    }

    public EntityView archive(UUID id, ArchiveRequest request, boolean archived) {
        NewsEntity entity = find(id);
        requireVersion(entity, request.version());
        if (entity.archived == archived) {
            throw NewsgraphException.conflict("record " + id + " is already " + (archived ? "archived" : "not archived"),
                    entity.version);
        }
        entity.archived = archived;
        entity.archiveReason = archived ? request.reason() : null;
        em.flush();
        outbox.moved(entity);
        return get(id);
    }

    /** Deletes for good; refused while anything here or in event-service or quote-service still refers to it. */
    public void delete(UUID id) {
        NewsEntity entity = find(id);
        List<String> referrers = new ArrayList<>();
        long affiliationCount = Affiliation.count("personId = ?1 or organisationId = ?1", id);
        if (affiliationCount > 0) {
            referrers.add(affiliationCount + " affiliation(s)");
        }
        int delegationCount = delegationsReferring(id).size();
        if (delegationCount > 0) {
            referrers.add(delegationCount + " delegation(s)");
        }
        long mergedCount = em.createQuery("select count(e) from NewsEntity e where e.mergedInto = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (mergedCount > 0) {
            referrers.add(mergedCount + " merged duplicate(s)");
        }
        if (referrers.isEmpty()) {
            // references never dangle: events and quotes that name the record keep it
            referrers.addAll(elsewhere.of(id));
        }
        if (!referrers.isEmpty()) {
            throw NewsgraphException.conflict("record " + id + " is still referred to by "
                    + String.join(", ", referrers) + "; change those first, or archive the record instead",
                    entity.version);
        }
        em.remove(entity);
        outbox.deleted(entity);
    }

    // ---- references used by other parts of this service -------------------------------------

    /**
     * The record a reference points at, following merges; 400 naming {@code field} if there is
     * none or it is of another kind.
     */
    <T extends NewsEntity> T resolve(UUID id, Class<T> kind, String field) {
        NewsEntity entity = survivorOf(em.find(NewsEntity.class, id), next -> em.find(NewsEntity.class, next));
        if (entity == null) {
            throw NewsgraphException.badInput(field, "no record with id " + id);
        }
        if (!kind.isInstance(entity)) {
            throw NewsgraphException.badInput(field, "record " + id + " is a " + entity.kind() + ", not a "
                    + kind.getSimpleName().toUpperCase());
        }
        return kind.cast(entity);
    }

    // ---- internals ------------------------------------------------------------------------

    /** Where a chain of merges ends (merges compress chains, so one step is usual); {@code find} loads a record. */
    private static NewsEntity survivorOf(NewsEntity entity, Function<UUID, NewsEntity> find) {
        NewsEntity survivor = entity;
        for (int hop = 0; survivor != null && survivor.mergedInto != null && hop < MAX_MERGE_HOPS; hop++) {
            survivor = find.apply(survivor.mergedInto);
        }
        return survivor;
    }

    private NewsEntity find(UUID id) {
        NewsEntity entity = em.find(NewsEntity.class, id);
        if (entity == null) {
            throw NewsgraphException.notFound("Entity", id);
        }
        return entity;
    }

    /**
     * Records by id with their aliases and, for people, their current affiliations (latest start first), in
     * one query: a record, a page of a list or a search, or a lookup is one round trip, not one for the
     * records, one for the affiliations and (a list) one per 16 records for their aliases.
     */
    private Loaded load(Collection<UUID> ids) {
        Loaded loaded = new Loaded(new HashMap<>(), new HashMap<>());
        if (ids.isEmpty()) {
            return loaded;
        }
        List<Object[]> rows = em.createQuery("select e, a from NewsEntity e left join fetch e.aliases"
                + " left join Affiliation a on a.personId = e.id and " + Affiliation.CURRENT + " where e.id in :ids"
                + " order by a.validFrom desc nulls last, a.title", Object[].class)
                .setParameter("ids", ids).setParameter("today", AffiliationService.today()).getResultList();
        for (Object[] row : rows) {
            NewsEntity entity = (NewsEntity) row[0];
            loaded.records().putIfAbsent(entity.id, entity);
            if (row[1] instanceof Affiliation affiliation) { // a row per alias repeats it: a set keeps it once
                loaded.affiliations().computeIfAbsent(entity.id, id -> new LinkedHashSet<>()).add(affiliation);
            }
        }
        return loaded;
    }

    /** Records by id and the current affiliations of the people among them, by person. */
    private record Loaded(Map<UUID, NewsEntity> records, Map<UUID, Set<Affiliation>> affiliations) {

        /**
         * The records of {@code ids} in that order, leaving out any gone since the ids were read (a list's or
         * a search's ids come from a query of their own).
         */
        List<NewsEntity> inOrder(List<UUID> ids) {
            return ids.stream().map(records::get).filter(Objects::nonNull).toList();
        }

        /** Adds {@code more} to these and answers its records. */
        Map<UUID, NewsEntity> add(Loaded more) {
            records.putAll(more.records);
            affiliations.putAll(more.affiliations);
            return more.records;
        }
    }

    /** Views of records, given the current affiliations of the people among them. */
    private static List<EntityView> views(List<NewsEntity> entities, Map<UUID, Set<Affiliation>> current) {
        LocalDate today = AffiliationService.today();
        return entities.stream().map(e -> EntityViews.of(e, current.getOrDefault(e.id, Set.of()).stream()
                .map(a -> EntityViews.of(a, today)).toList())).toList();
    }

    private static void requireVersion(NewsEntity entity, Long version) {
        NewsgraphException.requireVersion(entity.version, version, "Entity", entity.id);
    }

    private List<Delegation> delegationsReferring(UUID id) {
        return em.createQuery("select distinct d from Delegation d left join d.members m "
                + "where d.organisationId = :id or d.headId = :id or m.personId = :id", Delegation.class)
                .setParameter("id", id).getResultList();
    }

    private void apply(NewsEntity entity, EntityInput input) {
        requireOnlyDetailsOf(input);
        entity.name = input.name().strip();
        List<Alias> aliases = input.aliases() == null ? List.of() : input.aliases().stream()
                .map(a -> new Alias(a.name.strip(), a.language)).toList();
        entity.aliases.clear();
        entity.aliases.addAll(distinctAliases(aliases, entity.name));
        entity.description = input.description();
        if (input.wikidataId() != null && !input.wikidataId().equals(entity.wikidataId)) {
            NewsEntity holder = em.createQuery("from NewsEntity where wikidataId = :qid", NewsEntity.class)
                    .setParameter("qid", input.wikidataId()).getResultStream().findFirst().orElse(null);
            if (holder != null) {
                throw NewsgraphException.badInput("wikidataId", input.wikidataId() + " already identifies record "
                        + holder.id + " (" + holder.name + "); merge the two instead");
            }
        }
        entity.wikidataId = input.wikidataId();
        if (entity instanceof Person person) {
            person.nationality = input.person() == null ? null : input.person().nationality();
            person.birthDate = input.person() == null ? null : input.person().birthDate();
        } else if (entity instanceof Organisation organisation) {
            organisation.organisationKind = input.organisation() == null
                    || input.organisation().organisationKind() == null ? OrganisationKind.OTHER
                            : input.organisation().organisationKind();
        } else if (entity instanceof Place place) {
            if (input.place() == null) {
                throw NewsgraphException.badInput("place", "a place needs its details, at least timeZone");
            }
            place.country = input.place().country();
            place.latitude = input.place().latitude();
            place.longitude = input.place().longitude();
            place.timeZone = input.place().timeZone();
        } else if (entity instanceof Delegation delegation) {
            applyDelegation(delegation, input);
        }
    }

    private void applyDelegation(Delegation delegation, EntityInput input) {
        if (input.delegation() == null) {
            throw NewsgraphException.badInput("delegation", "a delegation needs its details, at least organisationId");
        }
        var details = input.delegation();
        delegation.organisationId = resolve(details.organisationId(), Organisation.class,
                "delegation.organisationId").id;
        List<DelegationMember> members = new ArrayList<>();
        Map<UUID, Integer> seen = new HashMap<>();
        List<DelegationMember> given = details.members() == null ? List.of() : details.members();
        for (int i = 0; i < given.size(); i++) {
            String field = "delegation.members[" + i + "].personId";
            UUID personId = resolve(given.get(i).personId, Person.class, field).id;
            Integer first = seen.putIfAbsent(personId, i);
            if (first != null) {
                throw NewsgraphException.badInput(field, "this person is a member already (delegation.members["
                        + first + "])");
            }
            members.add(new DelegationMember(personId, given.get(i).role));
        }
        UUID headId = null;
        if (details.headId() != null) {
            headId = resolve(details.headId(), Person.class, "delegation.headId").id;
            if (!seen.containsKey(headId)) {
                throw NewsgraphException.badInput("delegation.headId", "the head must be one of the members");
            }
        }
        delegation.headId = headId;
        delegation.members.clear();
        delegation.members.addAll(members);
    }

    private static void requireOnlyDetailsOf(EntityInput input) {
        Map<String, Object> blocks = new LinkedHashMap<>();
        blocks.put("person", input.person());
        blocks.put("organisation", input.organisation());
        blocks.put("place", input.place());
        blocks.put("delegation", input.delegation());
        String own = input.kind().name().toLowerCase();
        blocks.forEach((name, block) -> {
            if (block != null && !name.equals(own)) {
                throw NewsgraphException.badInput(name, "a " + input.kind() + " takes no " + name + " details");
            }
        });
    }

    /** Aliases without repeats and without the record's own name. */
    private static List<Alias> distinctAliases(List<Alias> aliases, String name) {
        Map<String, Alias> byKey = new LinkedHashMap<>();
        for (Alias alias : aliases) {
            String key = alias.name.toLowerCase() + "\u0000" + Objects.toString(alias.language, "");
            if (!alias.name.equalsIgnoreCase(name) || alias.language != null) {
                byKey.putIfAbsent(key, alias);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static Class<? extends NewsEntity> classOf(EntityKind kind) {
        return switch (kind) {
            case PERSON -> Person.class;
            case ORGANISATION -> Organisation.class;
            case PLACE -> Place.class;
            case DELEGATION -> Delegation.class;
        };
    }

    private static UUID parseCursorId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw NewsgraphException.badInput("after", "after is not a cursor this list gave out");
        }
    }
}
