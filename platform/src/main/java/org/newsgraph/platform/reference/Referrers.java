package org.newsgraph.platform.reference;

import java.util.List;
import java.util.UUID;

/**
 * What a service holds that refers to records of another service, as its {@code /…/references}
 * endpoint answers (entity-service asks before it deletes a record for good): per record asked
 * about, how many refer to it and the ids of a few of them.
 */
public record Referrers(List<Of> referrers) {

    /** How many of a service's records name {@code id}, and some of them (at most {@link #EXAMPLES}). */
    public record Of(UUID id, long count, List<UUID> examples) {
    }

    public static final int EXAMPLES = 5;

    /** Builds the answer from (referred id, referring id) pairs, in the order the ids were asked. */
    public static Referrers of(List<UUID> asked, List<UUID[]> pairs) {
        return new Referrers(asked.stream().distinct().map(id -> {
            List<UUID> referring = pairs.stream().filter(p -> p[0].equals(id)).map(p -> p[1]).distinct().toList();
            return new Of(id, referring.size(), referring.stream().limit(EXAMPLES).toList());
        }).filter(of -> of.count() > 0).toList());
    }

    /** "3 event(s) (e.g. …)" for each referred id, or nothing. */
    public List<String> describe(String what) {
        return referrers.stream().map(of -> of.count() + " " + what + "(s) (e.g. " + of.examples().stream()
                .map(UUID::toString).reduce((a, b) -> a + ", " + b).orElse("") + ")").toList();
    }
}
