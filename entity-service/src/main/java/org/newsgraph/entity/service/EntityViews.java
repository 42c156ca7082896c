package org.newsgraph.entity.service;

import java.time.LocalDate;
import java.util.List;

import org.newsgraph.entity.Affiliation;
import org.newsgraph.entity.Alias;
import org.newsgraph.entity.Delegation;
import org.newsgraph.entity.DelegationMember;
import org.newsgraph.entity.NewsEntity;
import org.newsgraph.entity.Organisation;
import org.newsgraph.entity.Person;
import org.newsgraph.entity.Place;
import org.newsgraph.entity.api.AffiliationView;
import org.newsgraph.entity.api.DelegationDetails;
import org.newsgraph.entity.api.EntityView;
import org.newsgraph.entity.api.OrganisationDetails;
import org.newsgraph.entity.api.PersonDetails;
import org.newsgraph.entity.api.PlaceDetails;

/** Records to views. Pure: the caller loads whatever a view needs. */
final class EntityViews {

    private EntityViews() {
    }

    static EntityView of(NewsEntity e, List<AffiliationView> currentAffiliations) {
        PersonDetails person = e instanceof Person p ? new PersonDetails(p.nationality, p.birthDate) : null;
        OrganisationDetails organisation = e instanceof Organisation o ? new OrganisationDetails(o.organisationKind)
                : null;
        PlaceDetails place = e instanceof Place p ? new PlaceDetails(p.country, p.latitude, p.longitude, p.timeZone)
                : null;
        DelegationDetails delegation = e instanceof Delegation d
                ? new DelegationDetails(d.organisationId, d.headId,
                        d.members.stream().map(m -> new DelegationMember(m.personId, m.role)).toList())
                : null;
        return new EntityView(e.id, e.kind(), e.name,
                e.aliases.stream().map(a -> new Alias(a.name, a.language)).toList(),
                e.description, e.wikidataId, e.archived, e.archiveReason, e.mergedInto, e.version,
                e.createdAt, e.updatedAt, person, organisation, place, delegation,
                e instanceof Person ? currentAffiliations : null);
    }

    static AffiliationView of(Affiliation a, LocalDate today) {
        return new AffiliationView(a.id, a.personId, a.organisationId, a.title, a.validFrom, a.validTo,
                a.isCurrentOn(today), a.version);
    }
}
