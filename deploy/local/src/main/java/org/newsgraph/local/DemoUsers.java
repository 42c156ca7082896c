package org.newsgraph.local;

import java.util.List;

/**
 * The demo users of deploy/keycloak/newsroom-realm.json, one per role. Their passwords are for the
 * local stack only: the realm file is public, so anybody can read them.
 */
public final class DemoUsers {

    public static final DemoUser VIEWER = new DemoUser("vera", "vera-local", "viewer");
    public static final DemoUser REPORTER = new DemoUser("rita", "rita-local", "reporter");
    public static final DemoUser EDITOR = new DemoUser("ed", "ed-local", "editor");
    public static final DemoUser ADMIN = new DemoUser("ada", "ada-local", "admin");

    public static final List<DemoUser> ALL = List.of(VIEWER, REPORTER, EDITOR, ADMIN);

    /** The editor UI's public client; it allows password logins in the local realm only. */
    public static final String CLIENT = "newsgraph-ui";

    private DemoUsers() {
    }

    public record DemoUser(String username, String password, String role) {
    }
}
