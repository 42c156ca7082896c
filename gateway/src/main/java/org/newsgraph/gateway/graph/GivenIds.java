package org.newsgraph.gateway.graph;

import java.util.UUID;

import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.rest.Ids;

/**
 * Ids as a client gives them in an argument, read by the services' rule ({@link Ids}) before they
 * are looked up. A value that is not an id is BAD_USER_INPUT naming the argument; asked beside other
 * ids in one batch, it would have made the service refuse the whole call, and every field in the
 * query that shared it. An id in capitals is the same id: it is looked up as the services write it.
 */
public final class GivenIds {

    private GivenIds() {
    }

    /** The id given in {@code argument}, as the services write it; BAD_USER_INPUT naming the argument if it is none. */
    public static String of(String given, String argument) {
        try {
            UUID id = Ids.one(given, argument);
            if (id == null) {
                throw new GraphError.BadUserInput(Ids.notAnId(given), argument);
            }
            return id.toString();
        } catch (NewsgraphException notAnId) {
            throw new GraphError.BadUserInput(notAnId.getMessage(), argument);
        }
    }
}
