package org.newsgraph.platform.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.error.Quoted;

/** Ids in query parameters, as every batch endpoint takes them; a bad one is 400 naming the parameter. */
public final class Ids {

    private Ids() {
    }

    /** Ids given as repeated parameters and/or comma-separated; at least one. */
    public static List<UUID> list(List<String> raw, String field) {
        List<UUID> ids = new ArrayList<>();
        for (String part : raw == null ? List.<String> of() : raw) {
            for (String id : part.split(",")) {
                if (!id.isBlank()) {
                    ids.add(one(id, field));
                }
            }
        }
        if (ids.isEmpty()) {
            throw NewsgraphException.badInput(field, "give at least one id");
        }
        return ids;
    }

    /** One optional id: null when not given. */
    public static UUID one(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw NewsgraphException.badInput(field, notAnId(value.strip()));
        }
    }

    /** What a client is told of a value given as an id that is not one, wherever it was given (a long one cut). */
    public static String notAnId(Object value) {
        return Quoted.of(value) + " is not an id";
    }
}
