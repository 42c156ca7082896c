package org.newsgraph.quote.api;

import java.util.List;
import java.util.UUID;

/** Many quotes by id in one call, in the order asked; ids unknown or invisible to the caller are missing. */
public record QuoteLookup(List<QuoteView> quotes, List<UUID> missing) {
}
