package org.newsgraph.gateway.client;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;
import io.vertx.core.http.HttpClosedException;
import org.jboss.logging.Logger;

/**
 * Calls to the services that a reader's leaving ended (a tab closed while its story page was read, or
 * while its live updates started) close their connections, and Vert.x's HTTP client, under Quarkus'
 * REST client, logs that as an ERROR although nothing failed. Two kinds, and only those, are logged at
 * DEBUG here (not ours to change in the REST client):
 * <ul>
 * <li>a change stream closed before it had attached its handlers to the response: the response's
 * "Connection was closed" with an {@link HttpClosedException} (25 readers leaving 10–60 ms after
 * subscribing gave 27 such lines);</li>
 * <li>a call whose connection closed after its response had come: the request's "Connection was
 * closed". Vert.x logs it only when the request has no exception handler and its response has already
 * arrived, so the response itself, which is read, still fails if it was cut short: the line repeats
 * nothing a caller needs (a reader leaving mid-page gave it now and then).</li>
 * </ul>
 * A stream that drops while someone follows it is still seen, and resumed, by
 * {@link org.newsgraph.gateway.live.ChangeStreams}; a call that fails still fails its field.
 */
@LoggingFilter(name = "left-calls")
public final class LeftCalls implements Filter {

    private static final Logger LOG = Logger.getLogger(LeftCalls.class);
    private static final String UNREAD_RESPONSE = "io.vertx.core.http.impl.HttpClientResponseImpl";
    private static final String ANSWERED_REQUEST = "io.vertx.core.http.impl.HttpClientRequestImpl";
    private static final String CLOSED = "Connection was closed";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (UNREAD_RESPONSE.equals(record.getLoggerName()) && record.getThrown() instanceof HttpClosedException) {
            LOG.debugf("A change stream closed before it was read (its subscriber left): %s", record.getThrown());
            return false;
        }
        if (ANSWERED_REQUEST.equals(record.getLoggerName()) && CLOSED.equals(record.getMessage())
                && (record.getThrown() == null || record.getThrown() instanceof HttpClosedException)) {
            LOG.debug("A call's connection closed after its answer had come (its reader left)");
            return false;
        }
        return true;
    }
}
