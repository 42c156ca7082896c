package org.newsgraph.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The suite stack's service logs, as an operator reads them. */
final class ServiceLogs {

    private ServiceLogs() {
    }

    /** How many ERROR lines each service's log has so far: a user's doing must add none. */
    static Map<String, Long> errorLines() {
        Map<String, Long> counts = new TreeMap<>();
        for (Services.Service service : Services.ALL) {
            Path log = SuiteStack.settings().logs().resolve(service.name() + ".log");
            try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
                counts.put(service.name(), lines.filter(line -> line.contains(" ERROR ")).count());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return counts;
    }
}
