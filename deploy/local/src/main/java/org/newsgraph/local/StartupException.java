package org.newsgraph.local;

import java.nio.file.Path;

/** A part of the stack did not start: which one, why, and where its log is. */
public class StartupException extends Exception {

    private final String part;
    private final Path log;

    public StartupException(String part, Path log, String reason) {
        super(part + " " + reason + (log == null ? "" : "; see its log: " + log));
        this.part = part;
        this.log = log;
    }

    public String part() {
        return part;
    }

    public Path log() {
        return log;
    }
}
