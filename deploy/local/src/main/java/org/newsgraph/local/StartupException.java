package org.newsgraph.local;

import java.nio.file.Path;

/** A part of the stack did not start: which one, why, and where its log is. */
public class StartupException extends Exception {

    private final String part;
    private final Path log;
    private final boolean stopped;

    public StartupException(String part, Path log, String reason) {
        this(part, log, reason, false);
    }

    private StartupException(String part, Path log, String reason, boolean stopped) {
        super(part + " " + reason + (log == null ? "" : "; see its log: " + log));
        this.part = part;
        this.log = log;
        this.stopped = stopped;
    }

    /** Not a failure: the stack was told to stop (Ctrl-C, "run.sh stop") while this part started. */
    static StartupException stopped(String part, Path log) {
        return new StartupException(part, log, "was still starting when the stack was told to stop", true);
    }

    public String part() {
        return part;
    }

    public Path log() {
        return log;
    }

    public boolean isStopRequest() {
        return stopped;
    }
}
