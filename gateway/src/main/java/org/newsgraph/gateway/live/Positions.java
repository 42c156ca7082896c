package org.newsgraph.gateway.live;

import java.util.List;

import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.paging.Cursor;

/**
 * Where a subscription stands in each service's change stream: the last change it passed on (or
 * looked at) from event-service, quote-service and entity-service. As a cursor it is opaque.
 */
record Positions(long events, long quotes, long entities) {

    String cursor() {
        return Cursor.encode(events, quotes, entities);
    }

    /** The positions a cursor stands for; BAD_USER_INPUT naming {@code after} if it is not one. */
    static Positions of(String cursor) {
        try {
            List<String> keys = Cursor.decode(cursor, 3);
            Positions positions = new Positions(Long.parseLong(keys.get(0)), Long.parseLong(keys.get(1)),
                    Long.parseLong(keys.get(2)));
            if (positions.events < 0 || positions.quotes < 0 || positions.entities < 0) {
                throw new NumberFormatException();
            }
            return positions;
        } catch (NewsgraphException | NumberFormatException e) {
            throw new GraphError.BadUserInput("after is not a cursor a story change gave out", "after");
        }
    }

    long of(ChangeStreams.Feed feed) {
        return switch (feed) {
            case EVENTS -> events;
            case QUOTES -> quotes;
            case ENTITIES -> entities;
        };
    }

    Positions with(ChangeStreams.Feed feed, long seq) {
        return switch (feed) {
            case EVENTS -> new Positions(seq, quotes, entities);
            case QUOTES -> new Positions(events, seq, entities);
            case ENTITIES -> new Positions(events, quotes, seq);
        };
    }
}
