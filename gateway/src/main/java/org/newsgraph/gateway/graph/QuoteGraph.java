package org.newsgraph.gateway.graph;

import java.util.List;

import io.smallrye.graphql.api.Nullable;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.gateway.Derived;
import org.newsgraph.gateway.client.Entities;
import org.newsgraph.gateway.client.Events;
import org.newsgraph.gateway.client.Quotes;
import org.newsgraph.gateway.model.Revisions.QuoteRevision;
import org.newsgraph.gateway.model.Connections.QuoteSearchConnection;
import org.newsgraph.gateway.model.Entity;
import org.newsgraph.gateway.model.Enums.QuoteKind;
import org.newsgraph.gateway.model.Enums.VerificationState;
import org.newsgraph.gateway.model.Event;
import org.newsgraph.gateway.model.Inputs.AcceptInput;
import org.newsgraph.gateway.model.Inputs.ExtractInput;
import org.newsgraph.gateway.model.Inputs.QuoteInput;
import org.newsgraph.gateway.model.Quote;
import org.newsgraph.gateway.model.QuoteSearch;
import org.newsgraph.gateway.model.QuoteTypes.Extraction;
import org.newsgraph.gateway.model.RenderedTime;
import org.newsgraph.gateway.model.Story;
import org.newsgraph.platform.security.Roles;
import org.newsgraph.platform.workflow.WorkflowState;

/** Who said what: quotes, their search, what they join to, verification and extraction. */
@GraphQLApi
public class QuoteGraph {

    @Inject
    Caller caller;

    @Inject
    QueryBudget budget;

    @Inject
    Quotes quotes;

    @Inject
    Entities entities;

    @Inject
    Events events;

    @Query
    @Description("A quote by id")
    public Uni<Quote> quote(@NonNull @Id String id) {
        return caller.check(Roles.VIEWER).chain(() -> quotes.quote(GivenIds.of(id, "id")));
    }

    @Query
    @Description("Full-text search over quotes, best first, with highlighted snippets; every filter is optional. "
            + "from/to are dates or instants")
    public Uni<QuoteSearchConnection> searchQuotes(String query, String language, @Id String speakerId,
            @Id String storyId, @Id String eventId, QuoteKind kind, WorkflowState state,
            VerificationState verification, String from, String to, Integer first, String after) {
        return caller.check(Roles.VIEWER).chain(() -> quotes.search(new QuoteSearch(query, language, speakerId,
                storyId, eventId, kind, state, verification, from, to), first, after));
    }

    @Description("Who said it (null when the source names nobody: see speakerLabel)")
    public Uni<List<Entity>> speaker(@Source List<Quote> list) {
        return entities.of(list, Quote::speakerId);
    }

    @Description("For a QUESTION: whom it was put to")
    public Uni<List<Entity>> putTo(@Source List<Quote> list) {
        return entities.of(list, Quote::putToId);
    }

    @Description("The event it was said at")
    public Uni<List<Event>> event(@Source List<Quote> list) {
        return events.eventOf(list, Quote::eventId);
    }

    @Description("The story it belongs to")
    public Uni<List<Story>> story(@Source List<Quote> list) {
        return events.storyOf(list, Quote::storyId);
    }

    @Description("When it was said, shown in zone (default: the zone the source gave)")
    @Derived
    public RenderedTime saidAt(@Source Quote quote, String zone) {
        return Times.start(quote.time(), Times.zone(zone), "quote " + quote.id());
    }

    @Nullable
    @Description("Every change to this quote, verification included")
    public Uni<List<@NonNull QuoteRevision>> history(@Source Quote quote) {
        return budget.history(() -> quotes.history(quote.id()));
    }

    @Mutation
    @Description("Record a quote, as a draft (reporter)")
    public Uni<Quote> createQuote(@NonNull QuoteInput input) {
        return caller.check(Roles.REPORTER).chain(() -> quotes.create(input));
    }

    @Mutation
    @Description("Edit a quote; version is the one the edit is based on (reporter; editor once published)")
    public Uni<Quote> updateQuote(@NonNull @Id String id, int version, @NonNull QuoteInput input) {
        return caller.check(Roles.REPORTER).chain(() -> quotes.update(id, version, input));
    }

    @Mutation
    @Description("Move a quote in the workflow: IN_REVIEW (reporter), PUBLISHED (editor; needs a source), "
            + "RETRACTED with a reason (editor)")
    public Uni<Quote> moveQuote(@NonNull @Id String id, @NonNull WorkflowState to, int version, String reason) {
        return caller.check(Roles.REPORTER).chain(() -> quotes.move(id, to, version, reason));
    }

    @Mutation
    @Description("Set a quote's verification, with the reason (editor)")
    public Uni<Quote> verifyQuote(@NonNull @Id String id, @NonNull VerificationState state, @NonNull String note,
            int version) {
        return caller.check(Roles.EDITOR).chain(() -> quotes.verify(id, state, note, version));
    }

    @Mutation
    @NonNull
    @Description("Delete a quote for good (admin)")
    public Uni<Boolean> deleteQuote(@NonNull @Id String id) {
        return caller.check(Roles.ADMIN).chain(() -> quotes.delete(id));
    }

    @Mutation
    @Description("Find candidate quotes in an article's text; stores nothing (reporter)")
    public Uni<Extraction> extractQuotes(@NonNull ExtractInput input) {
        return caller.check(Roles.REPORTER).chain(() -> quotes.extract(input));
    }

    @Mutation
    @Nullable
    @Description("Store accepted candidates as draft quotes citing the article, all or none (reporter)")
    public Uni<List<@NonNull Quote>> acceptQuotes(@NonNull AcceptInput input) {
        return caller.check(Roles.REPORTER).chain(() -> quotes.accept(input));
    }
}
