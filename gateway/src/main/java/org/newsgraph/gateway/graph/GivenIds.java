package org.newsgraph.gateway.graph;

import java.util.Locale;
import java.util.regex.Pattern;

import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.platform.rest.Ids;

/**
 * Ids as a client gives them in an argument, checked before they are looked up. A value that is not
 * an id is BAD_USER_INPUT naming the argument; asked beside other ids in one batch, it would have
 * made the service refuse the whole call, and every field in the query that shared it. An id in
 * capitals is the same id: it is looked up as the services write it (lower case).
 */
final class GivenIds {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private GivenIds() {
    }

    /** The id the client gave in {@code argument}, in lower case; BAD_USER_INPUT naming the argument if it is none. */
    static String of(String given, String argument) {
        String id = given.strip();
        if (!UUID.matcher(id).matches()) {
            throw new GraphError.BadUserInput(Ids.notAnId(given), argument);
        }
        return id.toLowerCase(Locale.ROOT);
    }
}
