package org.newsgraph.quote.extract;

import java.util.List;
import java.util.UUID;

/**
 * A person entity-service knows, as the extractor needs it: names to spot in the text, and
 * current titles and nationality to resolve "the US president" or "the Russian leader".
 */
public record KnownPerson(UUID id, String name, List<String> aliases, List<String> titles, String nationality) {
}
