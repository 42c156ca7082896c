package org.newsgraph.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class RolesTests {

    @Test
    void eachRoleIncludesTheOnesBeforeIt() {
        assertEquals(Set.of("viewer"), Roles.withIncluded("viewer"));
        assertEquals(Set.of("viewer", "reporter"), Roles.withIncluded("reporter"));
        assertEquals(Set.of("viewer", "reporter", "editor"), Roles.withIncluded("editor"));
        assertEquals(Set.of("viewer", "reporter", "editor", "admin"), Roles.withIncluded("admin"));
    }

    @Test
    void aRoleTheNewsroomDoesNotKnowGrantsNothing() {
        assertEquals(Set.of(), Roles.withIncluded("offline_access"));
        assertEquals(Set.of(), Roles.withIncluded("Admin"));
    }
}
