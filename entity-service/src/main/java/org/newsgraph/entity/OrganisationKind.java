package org.newsgraph.entity;

public enum OrganisationKind {
    GOVERNMENT, MINISTRY, MILITARY, MEDIA, PARTY, INTERNATIONAL_BODY, OTHER
}
