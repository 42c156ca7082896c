package org.newsgraph.platform.audit;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** Reads a record's history from Envers, oldest first. */
public final class History {

    private History() {
    }

    @SuppressWarnings("unchecked")
    public static <E, T> List<Change<T>> of(EntityManager em, Class<E> type, Object id, Function<E, T> view) {
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream().map(row -> {
            AuditRevision revision = (AuditRevision) row[1];
            Change.Kind kind = switch ((RevisionType) row[2]) {
                case ADD -> Change.Kind.CREATED;
                case MOD -> Change.Kind.UPDATED;
                case DEL -> Change.Kind.DELETED;
            };
            T snapshot = row[2] == RevisionType.DEL ? null : view.apply((E) row[0]);
            return new Change<>(revision.id, revision.at(), revision.username, kind, snapshot);
        }).toList();
    }
}
