package org.newsgraph.platform.changes;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.newsgraph.platform.security.CurrentUser;

/**
 * Publishes a change with the transaction that makes it: the row is written, and NOTIFY sent, in
 * that transaction, so a change is announced when it commits and never when it rolls back. Each
 * write path of a service calls {@link #add} once, after its last statement.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.hibernate-orm.enabled", stringValue = "true", enableIfMissing = true)
public class Outbox {

    /** The NOTIFY channel; its payload is the new change's seq. */
    public static final String CHANNEL = "newsgraph_changes";

    /** The transaction lock that orders writers (any number the service's own code never uses). */
    private static final long LOCK = 0x6e67_6368_616eL;

    /*
     * Sequence numbers must follow commit order, or a reader that has seen seq 11 would never
     * see a seq 10 committed after it. The transaction lock makes writers take their seq one
     * at a time and holds until commit; it is taken last in the transaction, so it is held
     * only for the commit itself.
     */
    private static final String INSERT = "WITH locked AS (SELECT pg_advisory_xact_lock(:lock))"
            + " , added AS (INSERT INTO change_outbox (record_type, record_id, story_id, version, kind, state,"
            + " was_public, is_public, refs, username, at)"
            + " SELECT :recordType, CAST(:id AS uuid), CAST(:storyId AS uuid), :version, :kind, :state,"
            + " :wasPublic, :isPublic, CAST(:refs AS uuid[]), :username, clock_timestamp() FROM locked RETURNING seq)"
            + " SELECT added.seq FROM added, pg_notify('" + CHANNEL + "', added.seq::text)";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.MANDATORY)
    public long add(RecordChange change) {
        Number seq = (Number) em.createNativeQuery(INSERT)
                .setParameter("lock", LOCK)
                .setParameter("recordType", change.recordType().name())
                .setParameter("id", change.id().toString())
                .setParameter("storyId", change.storyId() == null ? null : change.storyId().toString())
                .setParameter("version", change.version())
                .setParameter("kind", change.kind().name())
                .setParameter("state", change.state())
                .setParameter("wasPublic", change.wasPublic())
                .setParameter("isPublic", change.isPublic())
                .setParameter("refs", change.references().stream().map(Object::toString).toArray(String[]::new))
                .setParameter("username", user.username())
                .getSingleResult();
        return seq.longValue();
    }
}
