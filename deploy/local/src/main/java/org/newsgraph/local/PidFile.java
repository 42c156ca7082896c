package org.newsgraph.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A process the stack started, written down as its pid and its start time, so that the stop
 * command can find it again from another terminal. The start time guards against a reused pid:
 * a process with the same pid but another start time is somebody else's and is left alone.
 */
record PidFile(Path file, long pid, Instant started) {

    static PidFile write(Path file, ProcessHandle process) {
        Instant started = process.info().startInstant().orElse(Instant.EPOCH);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, process.pid() + " " + started.toEpochMilli() + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PidFile(file, process.pid(), started);
    }

    static Optional<PidFile> read(Path file) {
        try {
            String[] parts = Files.readString(file).strip().split("\\s+");
            return Optional.of(new PidFile(file, Long.parseLong(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1]))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The process, while it still runs and is the one that was written down. */
    Optional<ProcessHandle> process() {
        return ProcessHandle.of(pid).filter(Processes::isRunning).filter(process -> process.info().startInstant()
                .map(start -> Duration.between(start, started).abs().toMillis() < 1000)
                .orElse(false));
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale pid file is harmless: the start time check ignores it
        }
    }
}
