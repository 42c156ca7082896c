package org.newsgraph.quote.service;

import static org.newsgraph.platform.changes.ChangeKind.CREATED;
import static org.newsgraph.platform.changes.ChangeKind.DELETED;
import static org.newsgraph.platform.changes.ChangeKind.MOVED;
import static org.newsgraph.platform.changes.ChangeKind.UPDATED;
import static org.newsgraph.platform.changes.ChangeKind.VERIFIED;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.newsgraph.platform.changes.ChangeKind;
import org.newsgraph.platform.changes.Outbox;
import org.newsgraph.platform.changes.RecordChange;
import org.newsgraph.platform.changes.RecordType;
import org.newsgraph.platform.workflow.WorkflowState;
import org.newsgraph.quote.Quote;

/** What quote-service publishes of each change to a quote (platform's outbox); its entities are its speakers. */
@ApplicationScoped
public class QuoteOutbox {

    @Inject
    Outbox outbox;

    public void created(Quote quote) {
        add(quote, CREATED, false, quote.state.isPublic());
    }

    public void updated(Quote quote) {
        add(quote, UPDATED, quote.state.isPublic(), quote.state.isPublic());
    }

    public void moved(Quote quote, WorkflowState before) {
        add(quote, MOVED, before.isPublic(), quote.state.isPublic());
    }

    public void verified(Quote quote) {
        add(quote, VERIFIED, quote.state.isPublic(), quote.state.isPublic());
    }

    public void deleted(Quote quote) {
        add(quote, DELETED, quote.state.isPublic(), false);
    }

    private void add(Quote quote, ChangeKind kind, boolean wasPublic, boolean isPublic) {
        outbox.add(new RecordChange(RecordType.QUOTE, quote.id, quote.storyId, quote.version, kind, quote.state.name(),
                wasPublic, isPublic, Arrays.asList(quote.speakerId, quote.putToId)));
    }
}
