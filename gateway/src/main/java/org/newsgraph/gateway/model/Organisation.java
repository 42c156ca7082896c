package org.newsgraph.gateway.model;

import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.gateway.model.Enums.OrganisationKind;

@Type("Organisation")
public class Organisation extends EntityBase implements Entity {

    public Organisation(EntityRecord record) {
        super(record);
    }

    public OrganisationKind getOrganisationKind() {
        return record.organisation() == null ? null : record.organisation().organisationKind();
    }
}
