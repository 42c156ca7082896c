package org.newsgraph.entity.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Counts rows straight from the database, to prove that a refused request wrote nothing; keeps its statistics
 * current.
 */
@ApplicationScoped
public class Database {

    @Inject
    EntityManager em;

    @Transactional
    public long count(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }

    /** Brings the planner's statistics of {@code table} up to date now (autovacuum does it in its own time). */
    @Transactional
    public void analyze(String table) {
        em.createNativeQuery("ANALYZE " + table).executeUpdate();
    }

    /** How many names the search expects to start with the words of {@code prefixes} (a tsquery; V7). */
    @Transactional
    public long expectedNamesStarting(String prefixes) {
        return ((Number) em.createNativeQuery("SELECT expected_names_starting(CAST(:p AS tsquery))")
                .setParameter("p", prefixes).getSingleResult()).longValue();
    }

    /** Records, affiliations and history revisions: anything a write would add to. */
    public String footprint() {
        return count("entity") + "/" + count("entity_alias") + "/" + count("delegation_member") + "/"
                + count("affiliation") + "/" + count("revinfo");
    }
}
