package org.newsgraph.gateway.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.smallrye.graphql.api.Nullable;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.gateway.client.Downstream;
import org.newsgraph.gateway.client.Entities;
import org.newsgraph.gateway.client.Events;
import org.newsgraph.gateway.client.QuoteServiceClient;
import org.newsgraph.gateway.client.Quotes;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.gateway.model.Changes.QuoteChange;
import org.newsgraph.gateway.model.Changes;
import org.newsgraph.gateway.model.Connections.PageInfo;
import org.newsgraph.gateway.model.Connections.QuoteConnection;
import org.newsgraph.gateway.model.Connections.QuoteEdge;
import org.newsgraph.gateway.model.Connections.QuoteSearchConnection;
import org.newsgraph.gateway.model.Connections.QuoteSearchEdge;
import org.newsgraph.gateway.model.Entity;
import org.newsgraph.gateway.model.Enums.QuoteKind;
import org.newsgraph.gateway.model.Enums.VerificationState;
import org.newsgraph.gateway.model.Event;
import org.newsgraph.gateway.model.Inputs.AcceptInput;
import org.newsgraph.gateway.model.Inputs.ExtractInput;
import org.newsgraph.gateway.model.Inputs.QuoteInput;
import org.newsgraph.gateway.model.Paging;
import org.newsgraph.gateway.model.Person;
import org.newsgraph.gateway.model.Quote;
import org.newsgraph.gateway.model.QuoteTypes.Extraction;
import org.newsgraph.gateway.model.RenderedTime;
import org.newsgraph.gateway.model.Story;
import org.newsgraph.platform.paging.Page;
import org.newsgraph.platform.security.Roles;
import org.newsgraph.platform.workflow.WorkflowState;

/** Who said what: quotes, their search, joins to and from them, verification and extraction. */
@GraphQLApi
public class QuoteGraph {

    private static final String SERVICE = "quote-service";

    @Inject
    Caller caller;

    @Inject
    Quotes quotes;

    @Inject
    Entities entities;

    @Inject
    Events events;

    // ---- queries --------------------------------------------------------------------------

    @Query
    @Description("A quote by id")
    public Quote quote(@NonNull @Id String id) {
        caller.require(Roles.VIEWER);
        Quote quote = quotes.lookup(List.of(id)).get(id);
        if (quote == null) {
            throw new GraphError.NotFound("no quote " + id);
        }
        return quote;
    }

    @Query
    @Description("Full-text search over quotes, best first, with highlighted snippets; every filter is optional. "
            + "from/to are dates or instants")
    public QuoteSearchConnection searchQuotes(String query, String language, @Id String speakerId, @Id String storyId,
            @Id String eventId, QuoteKind kind, WorkflowState state, VerificationState verification, String from,
            String to, Integer first, String after) {
        caller.require(Roles.VIEWER);
        Page<QuoteServiceClient.Hit> page = Downstream.call(SERVICE, () -> quotes.client().search(query, language,
                speakerId, storyId, eventId, name(kind), name(state), name(verification), from, to, Paging.size(first),
                after));
        List<QuoteSearchEdge> edges = page.edges().stream()
                .map(e -> new QuoteSearchEdge(e.cursor(), e.node().quote(), e.node().snippet())).toList();
        return new QuoteSearchConnection(edges, PageInfo.of(edges, QuoteSearchEdge::cursor,
                page.pageInfo().hasNextPage(), after));
    }

    // ---- joins ----------------------------------------------------------------------------

    @Description("Who said it (null when the source names nobody: see speakerLabel)")
    public List<Entity> speaker(@Source List<Quote> list) {
        Map<String, Entity> found = entities.lookup(list.stream().map(Quote::speakerId).toList());
        return list.stream().map(q -> found.get(q.speakerId())).toList();
    }

    @Description("For a QUESTION: whom it was put to")
    public List<Entity> putTo(@Source List<Quote> list) {
        Map<String, Entity> found = entities.lookup(list.stream().map(Quote::putToId).toList());
        return list.stream().map(q -> found.get(q.putToId())).toList();
    }

    @Name("event")
    @Description("The event it was said at")
    public List<Event> quoteEvent(@Source List<Quote> list) {
        Map<String, Event> found = events.events(list.stream().map(Quote::eventId).toList());
        return list.stream().map(q -> found.get(q.eventId())).toList();
    }

    @Name("story")
    @Description("The story it belongs to")
    public List<Story> quoteStory(@Source List<Quote> list) {
        Map<String, Story> found = events.stories(list.stream().map(Quote::storyId).toList());
        return list.stream().map(q -> found.get(q.storyId())).toList();
    }

    @Description("When it was said, shown in zone (default: the zone the source gave)")
    public Uni<RenderedTime> saidAt(@Source Quote quote, String zone) {
        // a Uni: computed on the event loop, not on a worker thread per quote (no I/O here)
        return Uni.createFrom().item(() -> Times.start(quote.time(), Times.zone(zone), "quote " + quote.id()));
    }

    @Name("quotes")
    @Description("The quotes of this story")
    public List<QuoteConnection> storyQuotes(@Source List<Story> stories, Integer first, String after) {
        return connections(Quotes.Parent.STORY, stories, Story::id, first, after);
    }

    @Name("quotes")
    @Description("The quotes said at this event")
    public List<QuoteConnection> eventQuotes(@Source List<Event> list, Integer first, String after) {
        return connections(Quotes.Parent.EVENT, list, Event::id, first, after);
    }

    @Name("quotes")
    @Description("What this person said")
    public List<QuoteConnection> personQuotes(@Source List<Person> people, Integer first, String after) {
        return connections(Quotes.Parent.SPEAKER, people, Person::getId, first, after);
    }

    @Name("history")
    @Description("Every change to this quote, verification included")
    @Nullable
    public List<@NonNull QuoteChange> quoteHistory(@Source Quote quote) {
        return Changes.of(Downstream.call(SERVICE, () -> quotes.client().history(quote.id())), QuoteChange::new);
    }

    // ---- mutations ------------------------------------------------------------------------

    @Mutation
    @Description("Record a quote, as a draft (reporter)")
    public Quote createQuote(@NonNull QuoteInput input) {
        caller.require(Roles.REPORTER);
        return Downstream.call(SERVICE, () -> quotes.client().create(input));
    }

    @Mutation
    @Description("Edit a quote; version is the one the edit is based on (reporter; editor once published)")
    public Quote updateQuote(@NonNull @Id String id, int version, @NonNull QuoteInput input) {
        caller.require(Roles.REPORTER);
        return Downstream.call(SERVICE, () -> quotes.client().update(id, Bodies.withVersion(input, version)));
    }

    @Mutation
    @Description("Move a quote in the workflow: IN_REVIEW (reporter), PUBLISHED (editor; needs a source), "
            + "RETRACTED with a reason (editor)")
    public Quote moveQuote(@NonNull @Id String id, @NonNull WorkflowState to, int version, String reason) {
        caller.require(Roles.REPORTER);
        return Downstream.call(SERVICE, () -> quotes.client().move(id,
                Bodies.of("to", to, "version", version, "reason", reason)));
    }

    @Mutation
    @Description("Set a quote's verification, with the reason (editor)")
    public Quote verifyQuote(@NonNull @Id String id, @NonNull VerificationState state, @NonNull String note,
            int version) {
        caller.require(Roles.EDITOR);
        return Downstream.call(SERVICE, () -> quotes.client().verify(id,
                Bodies.of("state", state, "note", note, "version", version)));
    }

    @Mutation
    @Description("Delete a quote for good (admin)")
    public boolean deleteQuote(@NonNull @Id String id) {
        caller.require(Roles.ADMIN);
        Downstream.run(SERVICE, () -> quotes.client().delete(id));
        return true;
    }

    @Mutation
    @Description("Find candidate quotes in an article's text; stores nothing (reporter)")
    public Extraction extractQuotes(@NonNull ExtractInput input) {
        caller.require(Roles.REPORTER);
        return Downstream.call(SERVICE, () -> quotes.client().extract(input));
    }

    @Mutation
    @Description("Store accepted candidates as draft quotes citing the article, all or none (reporter)")
    @Nullable
    public List<@NonNull Quote> acceptQuotes(@NonNull AcceptInput input) {
        caller.require(Roles.REPORTER);
        return Downstream.call(SERVICE, () -> quotes.client().accept(input));
    }

    // ---- internals ------------------------------------------------------------------------

    /** Each parent's quotes from one call; {@code after} pages within what that call returned. */
    private <P> List<QuoteConnection> connections(Quotes.Parent parent, List<P> parents, Function<P, String> id,
            Integer first, String after) {
        int size = Paging.size(first);
        List<String> ids = parents.stream().map(id).toList();
        Map<String, QuoteServiceClient.Group> groups = quotes.of(parent, ids, Math.min(Paging.MAX_FIRST,
                size + position(after) + 1));
        List<QuoteConnection> result = new ArrayList<>();
        for (P p : parents) {
            QuoteServiceClient.Group group = groups.get(id.apply(p));
            List<Quote> all = group == null ? List.of() : group.quotes();
            List<QuoteEdge> edges = Paging.slice(all, first, after, QuoteEdge::new);
            int total = group == null ? 0 : group.totalCount();
            boolean more = position(after) + 1 + edges.size() < total;
            result.add(new QuoteConnection(edges, PageInfo.of(edges, QuoteEdge::cursor, more, after), total));
        }
        return result;
    }

    private static int position(String after) {
        return after == null ? -1 : Paging.position(after);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
