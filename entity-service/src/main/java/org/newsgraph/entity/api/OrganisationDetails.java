package org.newsgraph.entity.api;

import org.newsgraph.entity.OrganisationKind;

public record OrganisationDetails(OrganisationKind organisationKind) {
}
