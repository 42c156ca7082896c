package org.newsgraph.gateway.live;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;
import io.vertx.core.http.HttpClosedException;
import org.jboss.logging.Logger;

/**
 * A reader who leaves a story's page (a tab closed) while their live updates are starting ends the
 * subscription while the gateway opens the services' change streams. The REST client then closes a
 * stream's connection before it has attached its handlers to the response, and Vert.x logs that
 * response's "Connection was closed" as an ERROR with a stack trace, although nothing failed: the
 * stream was not wanted any more (Quarkus' REST client, not ours; 25 readers leaving 10–60 ms
 * after subscribing gave 27 such lines). Those records, and only those, are logged at DEBUG here;
 * a stream that drops while someone follows it is still seen, and resumed, by {@link ChangeStreams}.
 */
@LoggingFilter(name = "left-streams")
public final class LeftStreams implements Filter {

    private static final Logger LOG = Logger.getLogger(LeftStreams.class);
    private static final String UNREAD_RESPONSE = "io.vertx.core.http.impl.HttpClientResponseImpl";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (UNREAD_RESPONSE.equals(record.getLoggerName()) && record.getThrown() instanceof HttpClosedException) {
            LOG.debugf("A change stream closed before it was read (its subscriber left): %s", record.getThrown());
            return false;
        }
        return true;
    }
}
