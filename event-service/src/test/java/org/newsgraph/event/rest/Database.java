package org.newsgraph.event.rest;

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

    /** The number of the last change in the outbox (0 if none). */
    @Transactional
    public long lastChange() {
        return ((Number) em.createNativeQuery("SELECT coalesce(max(seq), 0) FROM change_outbox").getSingleResult())
                .longValue();
    }

    public String footprint() {
        return count("story") + "/" + count("event") + "/" + count("event_participant") + "/"
                + count("event_relation") + "/" + count("event_source") + "/" + count("revinfo");
    }
}
