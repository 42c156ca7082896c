package org.newsgraph.entity.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.newsgraph.entity.Affiliation;
import org.newsgraph.entity.Organisation;
import org.newsgraph.entity.Person;
import org.newsgraph.entity.api.AffiliationInput;
import org.newsgraph.entity.api.AffiliationView;
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.audit.History;
import org.newsgraph.platform.error.NewsgraphException;

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
        affiliation.personId = entities.resolve(input.personId(), Person.class, "personId").id;
        affiliation.organisationId = entities.resolve(input.organisationId(), Organisation.class,
                "organisationId").id;
        affiliation.title = input.title().strip();
        affiliation.validFrom = input.validFrom();
        affiliation.validTo = input.validTo();
    }

    private Affiliation find(UUID id) {
        Affiliation affiliation = Affiliation.findById(id);
        if (affiliation == null) {
            throw NewsgraphException.notFound("Affiliation", id);
        }
        return affiliation;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
