package org.newsgraph.platform.rest;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.error.Quoted;

/**
 * Enum values in query parameters ({@code kind=TALKS}, {@code state=PUBLISHED}), any case; a value
 * that is not one of them is 400 naming the parameter (JAX-RS would answer 404, which names
 * nothing).
 */
public final class Choices {

    private Choices() {
    }

    /** One optional value, any case: null when not given. */
    public static <E extends Enum<E>> E one(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(type, value, field);
    }

    /** Values given as repeated parameters and/or comma-separated; none given is the empty set. */
    public static <E extends Enum<E>> Set<E> all(Class<E> type, List<String> values, String field) {
        Set<E> chosen = new LinkedHashSet<>();
        for (String value : values == null ? List.<String> of() : values) {
            for (String part : value.split(",", -1)) {
                chosen.add(parse(type, part, field));
            }
        }
        return chosen;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw NewsgraphException.badInput(field, Quoted.of(value.strip()) + " is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
