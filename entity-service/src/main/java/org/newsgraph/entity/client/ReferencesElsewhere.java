package org.newsgraph.entity.client;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.newsgraph.platform.reference.ReferenceChecker;

/**
 * What event-service and quote-service still hold that names a record, asked with one batch call
 * to each, as the caller (an admin, who sees drafts too). A service that cannot answer makes the
 * question fail (503): a record is never deleted while a reference to it might remain.
 */
@ApplicationScoped
public class ReferencesElsewhere {

    @Inject
    ReferenceChecker checker;

    @Inject
    @RestClient
    EventServiceClient events;

    @Inject
    @RestClient
    QuoteServiceClient quotes;

    /** "2 event(s) (e.g. …)", "1 quote(s) (e.g. …)": what still refers to the record; empty if nothing does. */
    public List<String> of(UUID id) {
        List<String> referrers = new ArrayList<>();
        referrers.addAll(checker.check("event-service", () -> events.events(id.toString())).describe("event"));
        referrers.addAll(checker.check("quote-service", () -> quotes.quotes(id.toString())).describe("quote"));
        return referrers;
    }
}
