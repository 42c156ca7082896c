package org.newsgraph.quote.extract;

import java.util.List;
import java.util.UUID;

/**
 * A person entity-service knows, as the extractor needs it: names to spot in the text, and
 * current roles (title at an organisation) and nationality to resolve "the US president" or
 * "Spain's housing minister".
 */
public record KnownPerson(UUID id, String name, List<String> aliases, List<Role> roles, String nationality) {

    /** A current affiliation: the title, and the organisation's name when it is known. */
    public record Role(String title, String organisation) {
    }

    /** A person with titles only (organisations unknown). */
    public static KnownPerson withTitles(UUID id, String name, List<String> aliases, List<String> titles,
            String nationality) {
        return new KnownPerson(id, name, aliases, titles.stream().map(t -> new Role(t, null)).toList(), nationality);
    }
}
