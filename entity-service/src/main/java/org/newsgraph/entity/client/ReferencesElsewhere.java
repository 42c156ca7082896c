package org.newsgraph.entity.client;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.newsgraph.platform.error.ErrorCode;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.reference.ReferenceChecker;

/**
 * What event-service and quote-service hold that names a record, asked with one batch call to each
 * as the caller: before a record is deleted (by an admin, who sees drafts too), what still names it;
 * after a merge (by an editor), that what named the duplicate names the survivor. A service that
 * cannot answer makes the question fail (503): a record is never deleted while a reference to it
 * might remain, and a merge is never reported done while a service still lists the duplicate's.
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

    /**
     * After records were merged (committed): the events and quotes naming them name their survivor,
     * each service moving what it holds. The services ask this service where each id points now, so
     * asking again after a failure moves only what is left.
     */
    public void followMerge(List<UUID> merged) {
        String ids = merged.stream().map(UUID::toString).collect(Collectors.joining(","));
        moved("event-service", "events", () -> events.merged(ids));
        moved("quote-service", "quotes", () -> quotes.merged(ids));
    }

    private void moved(String service, String what, Supplier<?> call) {
        try {
            checker.check(service, call);
        } catch (NewsgraphException e) {
            if (e.code() != ErrorCode.UNAVAILABLE) {
                throw e;
            }
            throw NewsgraphException.unavailable("the records are merged, but " + service + " could not be reached"
                    + " to move its " + what + " that name the duplicate to the survivor (they show the survivor"
                    + " already); merge again shortly to move them", e);
        }
    }
}
