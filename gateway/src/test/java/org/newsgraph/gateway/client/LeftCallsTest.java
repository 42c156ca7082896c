package org.newsgraph.gateway.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import io.vertx.core.http.HttpClosedException;
import org.junit.jupiter.api.Test;

/** What the gateway's console shows of connections closed by readers who left, and what it still shows. */
class LeftCallsTest {

    private final LeftCalls filter = new LeftCalls();

    @Test
    void aCallWhoseReaderLeftAfterItsAnswerCameIsNoErrorLine() {
        assertFalse(filter.isLoggable(record("io.vertx.core.http.impl.HttpClientRequestImpl", "Connection was closed", null)));
        assertFalse(filter.isLoggable(record("io.vertx.core.http.impl.HttpClientRequestImpl", "Connection was closed",
                new HttpClosedException("Connection was closed"))));
    }

    @Test
    void aStreamClosedBeforeItWasReadIsNoErrorLine() {
        assertFalse(filter.isLoggable(record("io.vertx.core.http.impl.HttpClientResponseImpl", "Connection was closed",
                new HttpClosedException("Connection was closed"))));
    }

    @Test
    void otherFailuresOfTheHttpClientAreStillLogged() {
        assertTrue(filter.isLoggable(record("io.vertx.core.http.impl.HttpClientRequestImpl", "Connection refused", null)));
        assertTrue(filter.isLoggable(record("io.vertx.core.http.impl.HttpClientResponseImpl", "boom",
                new IllegalStateException("boom"))));
        assertTrue(filter.isLoggable(record("org.newsgraph.gateway.error.ErrorCodes", "Connection was closed", null)));
    }

    private static LogRecord record(String logger, String message, Throwable thrown) {
        LogRecord record = new LogRecord(Level.SEVERE, message);
        record.setLoggerName(logger);
        record.setThrown(thrown);
        return record;
    }
}
