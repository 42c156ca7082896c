package org.newsgraph.local;

import org.newsgraph.local.DemoUsers.DemoUser;

/** Access to the package's test helpers from other test packages (the benchmarks). */
public final class TestAccess {

    private TestAccess() {
    }

    public static String token(DemoUser user) {
        return Tokens.accessToken(user);
    }
}
