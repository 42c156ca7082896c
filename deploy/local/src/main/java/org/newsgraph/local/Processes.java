package org.newsgraph.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** What "still running" means for the stack's processes, and waiting for them to end. */
public final class Processes {

    private Processes() {
    }

    /**
     * Alive and not a zombie. A process that has ended keeps its pid until its parent collects it;
     * the postmaster's parent is init (pg_ctl has exited), which may take its time, and meanwhile
     * {@link ProcessHandle#isAlive} still says true.
     */
    public static boolean isRunning(ProcessHandle process) {
        return process.isAlive() && !isZombie(process.pid());
    }

    /** Waits until the process has ended; false if it still runs after {@code timeout}. */
    static boolean waitFor(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(process)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !isRunning(process);
            }
        }
        return true;
    }

    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
