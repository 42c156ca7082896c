package org.newsgraph.entity.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.newsgraph.entity.Affiliation;
import org.newsgraph.entity.Organisation;
import org.newsgraph.entity.Person;
import org.newsgraph.entity.api.AffiliationInput;
import org.newsgraph.entity.api.AffiliationView;
import org.newsgraph.entity.api.EntityView;
import org.newsgraph.entity.api.RoleHolder;
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.audit.History;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.error.Quoted;

/** A person's titles at organisations over time. */
@ApplicationScoped
@Transactional
public class AffiliationService {

    @Inject
    EntityManager em;

    @Inject
    EntityService entities;

    @Inject
    EntityOutbox outbox;

    @Transactional(SUPPORTS)
    public AffiliationView get(UUID id) {
        return EntityViews.of(find(id), today());
    }

    /** Every affiliation of these people, in one query (for the gateway's Person.affiliations). */
    @Transactional(SUPPORTS)
    public List<AffiliationView> ofPeopleViews(Collection<UUID> personIds) {
        LocalDate today = today();
        return ofPeople(personIds).stream().map(a -> EntityViews.of(a, today)).toList();
    }

    /** The current holders of a title with these words (:role), people of a nationality (:country) if given. */
    private static final String HOLDERS = "select a.personId, a.title, o.name from Affiliation a"
            + " join Person p on p.id = a.personId join NewsEntity o on o.id = a.organisationId"
            + " where function('search_form' as String, a.title)"
            + " like concat('%', function('search_form' as String, :role), '%')"
            + " and p.archived = false and p.mergedInto is null and (:country is null or p.nationality = :country)"
            + " and " + Affiliation.CURRENT + " order by a.validFrom desc nulls last, a.personId";

    private static final int MAX_ROLES = 20;
    private static final int HOLDERS_PER_ROLE = 20;
    private static final Pattern ROLE = Pattern.compile("[\\p{L}][\\p{L}\\p{N} '\\-]{1,59}(@[A-Za-z]{2})?");

    /**
     * Who currently holds each role, in one call: {@code roles} are words of a title, each
     * optionally with the holder's nationality ("prime minister@ES", "minister"); at most 20
     * roles and 20 holders each. Case and accents do not matter.
     */
    @Transactional(SUPPORTS)
    public List<RoleHolder> holders(List<String> roles) {
        List<String> asked = roles == null ? List.of() : roles.stream().flatMap(r -> List.of(r.split(",")).stream())
                .map(String::strip).filter(r -> !r.isEmpty()).distinct().toList();
        if (asked.isEmpty() || asked.size() > MAX_ROLES) {
            throw NewsgraphException.badInput("roles", "give 1 to " + MAX_ROLES + " roles, e.g. roles=prime minister@ES");
        }
        LocalDate today = today();
        Map<UUID, List<Object[]>> found = new LinkedHashMap<>();
        for (String role : asked) {
            if (!ROLE.matcher(role).matches()) {
                throw NewsgraphException.badInput("roles", Quoted.of(role) + " is not words of a title with an optional"
                        + " @country code");
            }
            String[] parts = role.split("@");
            List<Object[]> rows = em.createQuery(HOLDERS, Object[].class)
                    .setParameter("role", parts[0].strip()).setParameter("today", today)
                    .setParameter("country", parts.length > 1 ? parts[1].toUpperCase(java.util.Locale.ROOT) : null)
                    .setMaxResults(HOLDERS_PER_ROLE).getResultList();
            for (Object[] columns : rows) {
                found.computeIfAbsent((UUID) columns[0], id -> new ArrayList<>()).add(columns);
            }
        }
        Map<UUID, EntityView> people = new LinkedHashMap<>();
        entities.lookup(List.copyOf(found.keySet())).entities().forEach(view -> people.put(view.id(), view));
        List<RoleHolder> holders = new ArrayList<>();
        found.forEach((id, rows) -> rows.stream().map(r -> List.of(r[1], r[2])).distinct()
                .forEach(r -> holders.add(new RoleHolder(people.get(id), (String) r.get(0), (String) r.get(1)))));
        return holders.stream().filter(h -> h.person() != null).toList();
    }

    @Transactional(SUPPORTS)
    public List<Change<AffiliationView>> history(UUID id) {
        List<Change<AffiliationView>> changes = History.of(em, Affiliation.class, id,
                a -> EntityViews.of(a, today()));
        if (changes.isEmpty()) {
            throw NewsgraphException.notFound("Affiliation", id);
        }
        return changes;
    }

    public AffiliationView create(AffiliationInput input) {
        Affiliation affiliation = new Affiliation();
        apply(affiliation, input);
        affiliation.persist();
        em.flush();
        outbox.changed(affiliation);
        return get(affiliation.id);
    }

    public AffiliationView update(UUID id, AffiliationInput input) {
        Affiliation affiliation = find(id);
        NewsgraphException.requireVersion(affiliation.version, input.version(), "Affiliation", id);
        apply(affiliation, input);
        em.flush();
        outbox.changed(affiliation);
        return get(id);
    }

    public void delete(UUID id) {
        Affiliation affiliation = find(id);
        affiliation.delete();
        outbox.changed(affiliation);
    }

    List<Affiliation> ofPeople(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return Affiliation.list("personId in ?1 order by validFrom desc nulls last, title", personIds);
    }

    /** After a merge: the duplicate's affiliations belong to the survivor. */
    void moveReferences(UUID duplicateId, UUID survivorId) {
        for (Affiliation affiliation : Affiliation.<Affiliation> list("personId = ?1 or organisationId = ?1",
                duplicateId)) {
            if (duplicateId.equals(affiliation.personId)) {
                affiliation.personId = survivorId;
            }
            if (duplicateId.equals(affiliation.organisationId)) {
                affiliation.organisationId = survivorId;
            }
        }
    }

    private void apply(Affiliation affiliation, AffiliationInput input) {
        if (input.validFrom() != null && input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            throw NewsgraphException.badInput("validTo", "validTo " + input.validTo()
                    + " is before validFrom " + input.validFrom());
        }
        Person person = entities.resolve(input.personId(), Person.class, "personId");
        UUID organisationId = entities.resolve(input.organisationId(), Organisation.class, "organisationId").id;
        LocalDate today = today();
        boolean countedAlready = affiliation.id != null && person.id.equals(affiliation.personId)
                && Affiliation.notEndedOn(affiliation.validTo, today);
        if (!countedAlready && Affiliation.notEndedOn(input.validTo(), today)) {
            requireRoomFor(person, today); // before this one changes, so that it is not counted
        }
        affiliation.personId = person.id;
        affiliation.organisationId = organisationId;
        affiliation.title = input.title().strip();
        affiliation.validFrom = input.validFrom();
        affiliation.validTo = input.validTo();
    }

    /**
     * 400 naming {@code personId} when the person already holds {@link Affiliation#MOST_NOT_ENDED} affiliations
     * that have not ended. The person's row is locked first (without its version: an edit of the person at
     * the same moment is no conflict), so two reporters adding a title at once cannot both take the last place.
     */
    private void requireRoomFor(Person person, LocalDate today) {
        em.createQuery("select e.id from NewsEntity e where e.id = :id", UUID.class).setParameter("id", person.id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
        long notEnded = em.createQuery("select count(a) from Affiliation a where a.personId = :person and "
                + Affiliation.NOT_ENDED, Long.class).setParameter("person", person.id).setParameter("today", today)
                .getSingleResult();
        if (notEnded >= Affiliation.MOST_NOT_ENDED) {
            throw NewsgraphException.badInput("personId", person.name + " already holds " + notEnded
                    + " titles that have not ended, the most a person may (" + Affiliation.MOST_NOT_ENDED
                    + "): end one (validTo) before adding another");
        }
    }

    private Affiliation find(UUID id) {
        Affiliation affiliation = Affiliation.findById(id);
        if (affiliation == null) {
            throw NewsgraphException.notFound("Affiliation", id);
        }
        return affiliation;
    }

    /** The day whose affiliations are current: UTC's. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
