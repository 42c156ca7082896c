package org.newsgraph.quote.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Counts rows straight from the database, to prove that a refused request wrote nothing. */
@ApplicationScoped
public class Database {

    @Inject
    EntityManager em;

    @Transactional
    public long count(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }

    /** Quotes, their sources and history revisions: anything a write would add to. */
    public String footprint() {
        return count("quote") + "/" + count("quote_source") + "/" + count("revinfo") + "/" + count("quote_aud");
    }
}
