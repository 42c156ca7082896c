package org.newsgraph.quote.api;

import java.util.List;
import java.util.UUID;

/**
 * The quotes of many parents (speakers, events or stories) in one call, one group per id asked
 * and in that order: how many the caller may see, and the newest {@code first} of them.
 */
public record QuoteGroups(List<Group> groups) {

    public record Group(UUID id, long totalCount, List<QuoteView> quotes) {
    }
}
