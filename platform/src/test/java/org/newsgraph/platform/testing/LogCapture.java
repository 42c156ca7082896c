package org.newsgraph.platform.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log records a service writes while a test runs (every category, from DEBUG up), so that a
 * test can say what an operator would see: a client's mistake is never an ERROR line, and an
 * unexpected failure's id is in the log. Close it to stop capturing.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");

    private LogCapture() {
        setLevel(Level.ALL);
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        capture.root.addHandler(capture);
        return capture;
    }

    /** Records at ERROR (SEVERE) or above, or carrying a stack trace, as "LEVEL logger: message". */
    public List<String> errorsAndStackTraces() {
        return records.stream()
                .filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue() || r.getThrown() != null)
                .map(LogCapture::describe).toList();
    }

    /** Whether any record's message contains the text. */
    public boolean contains(String text) {
        return records.stream().anyMatch(r -> describe(r).contains(text));
    }

    private static String describe(LogRecord r) {
        String message = r.getMessage();
        Object[] parameters = r.getParameters();
        if (message != null && parameters != null && parameters.length > 0) {
            try {
                message = message.contains("%") ? String.format(message, parameters)
                        : java.text.MessageFormat.format(message, parameters);
            } catch (RuntimeException e) {
                // keep the pattern as it is
            }
        }
        return r.getLevel() + " " + r.getLoggerName() + ": " + message
                + (r.getThrown() == null ? "" : " [" + r.getThrown() + "]");
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
