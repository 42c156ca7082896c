package org.newsgraph.platform.security;

import java.util.List;
import java.util.Set;

/**
 * The realm roles of the {@code newsroom} realm. Each includes the ones before it: an editor is
 * also a reporter and a viewer. Keycloak expands its composite roles into the token; the
 * {@link RoleHierarchyAugmentor} expands them again so that a service never depends on it.
 */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String REPORTER = "reporter";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    /** From least to most powerful. */
    public static final List<String> ORDER = List.of(VIEWER, REPORTER, EDITOR, ADMIN);

    private Roles() {
    }

    /** The role itself and every role it includes; empty for a role the newsroom does not know. */
    public static Set<String> withIncluded(String role) {
        int rank = ORDER.indexOf(role);
        return rank < 0 ? Set.of() : Set.copyOf(ORDER.subList(0, rank + 1));
    }
}
