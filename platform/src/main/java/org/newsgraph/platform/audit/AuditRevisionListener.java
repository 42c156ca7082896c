package org.newsgraph.platform.audit;

import io.quarkus.arc.Arc;
import org.hibernate.envers.RevisionListener;
import org.newsgraph.platform.security.CurrentUser;

/** Stamps each revision with the user who made the change. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).username = Arc.container().instance(CurrentUser.class).get().username();
    }
}
