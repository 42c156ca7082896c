package org.newsgraph.event.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.time.TimeLimits;

/** Parsing the keys inside this service's cursors; a tampered cursor is bad input naming {@code after}. */
final class Cursors {

    private Cursors() {
    }

    static Instant instant(String key) {
        try {
            Instant instant = Instant.parse(key);
            if (!TimeLimits.contains(instant)) {
                throw bad();
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw bad();
        }
    }

    static UUID uuid(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw bad();
        }
    }

    static int number(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw bad();
        }
    }

    private static NewsgraphException bad() {
        return NewsgraphException.badInput("after", "after is not a cursor this list gave out");
    }
}
