package org.newsgraph.gateway.client;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.gateway.model.Revisions;
import org.newsgraph.gateway.model.Revisions.QuoteRevision;
import org.newsgraph.gateway.model.Connections.PageInfo;
import org.newsgraph.gateway.model.Connections.QuoteConnection;
import org.newsgraph.gateway.model.Connections.QuoteEdge;
import org.newsgraph.gateway.model.Connections.QuoteSearchConnection;
import org.newsgraph.gateway.model.Connections.QuoteSearchEdge;
import org.newsgraph.gateway.model.Enums.VerificationState;
import org.newsgraph.gateway.model.Inputs.AcceptInput;
import org.newsgraph.gateway.model.Inputs.ExtractInput;
import org.newsgraph.gateway.model.Inputs.QuoteInput;
import org.newsgraph.gateway.model.Paging;
import org.newsgraph.gateway.model.Quote;
import org.newsgraph.gateway.model.QuoteSearch;
import org.newsgraph.gateway.model.QuoteTypes.Extraction;
import org.newsgraph.platform.workflow.WorkflowState;

/** Quotes: everything the graph asks quote-service. */
@ApplicationScoped
public class Quotes {

    static final String SERVICE = "quote-service";

    /** Whose quotes a nested list holds. */
    public enum Parent {
        SPEAKER, EVENT, STORY
    }

    /** One loader per kind of parent and number of quotes fetched per parent. */
    private record GroupKey(Parent parent, int fetched) {
    }

    @Inject
    @RestClient
    QuoteServiceClient client;

    @Inject
    Loaders loaders;

    public Uni<Quote> quote(String id) {
        return loaders.get("quotes", () -> new Loader<Quote>(Paging.MAX_IDS, ids -> call(client.lookup(
                Downstream.ids(ids))).map(lookup -> {
                    Map<String, Quote> byId = new HashMap<>();
                    lookup.quotes().forEach(q -> byId.put(q.id(), q));
                    return byId;
                }))).load(List.of(id)).map(found -> found.get(id))
                .onItem().ifNull().failWith(() -> new GraphError.NotFound("no quote " + id));
    }

    /**
     * A page of each parent's quotes, newest first, with how many each has: the service answers the
     * first quotes of every parent in one call; {@code after} pages within what it answered (use
     * searchQuotes to page far).
     */
    public <P> Uni<List<QuoteConnection>> of(Parent parent, List<P> parents, Function<P, String> id, Integer first,
            String after) {
        return Uni.createFrom().deferred(() -> page(parent, parents, id, Paging.size(first), Paging.offset(after),
                after));
    }

    private <P> Uni<List<QuoteConnection>> page(Parent parent, List<P> parents, Function<P, String> id, int size,
            int skip, String after) {
        return groups(new GroupKey(parent, Math.min(Paging.MAX_FIRST, skip + size))).each(parents, id)
                .map(groups -> groups.stream().map(group -> {
                    List<Quote> all = group == null ? List.of() : group.quotes();
                    List<QuoteEdge> edges = Paging.slice(all, skip, size, QuoteEdge::new);
                    int total = group == null ? 0 : group.totalCount();
                    return new QuoteConnection(edges, PageInfo.of(edges, QuoteEdge::cursor,
                            skip + edges.size() < total, after), total);
                }).toList());
    }

    public Uni<QuoteSearchConnection> search(QuoteSearch search, Integer first, String after) {
        QuoteServiceClient.SearchParams params = new QuoteServiceClient.SearchParams();
        params.query = search.query();
        params.language = search.language();
        params.speakerId = search.speakerId();
        params.storyId = search.storyId();
        params.eventId = search.eventId();
        params.kind = name(search.kind());
        params.state = name(search.state());
        params.verification = name(search.verification());
        params.from = search.from();
        params.to = search.to();
        params.first = Paging.size(first);
        params.after = after;
        return Downstream.naming("q", "query", call(client.search(params))).map(page -> {
            List<QuoteSearchEdge> edges = page.edges().stream()
                    .map(e -> new QuoteSearchEdge(e.cursor(), e.node().quote(), e.node().snippet())).toList();
            return new QuoteSearchConnection(edges, PageInfo.of(edges, QuoteSearchEdge::cursor,
                    page.pageInfo().hasNextPage(), after));
        });
    }

    public Uni<List<QuoteRevision>> history(String id) {
        return call(client.history(id)).map(history -> Revisions.of(history, QuoteRevision::new));
    }

    public Uni<Quote> create(QuoteInput input) {
        return call(client.create(input));
    }

    public Uni<Quote> update(String id, int version, QuoteInput input) {
        return call(client.update(id, Bodies.withVersion(input, version)));
    }

    public Uni<Quote> move(String id, WorkflowState to, int version, String reason) {
        return call(client.move(id, Bodies.move(to, version, reason)));
    }

    public Uni<Quote> verify(String id, VerificationState state, String note, int version) {
        return call(client.verify(id, Bodies.of("state", state, "note", note, "version", version)));
    }

    public Uni<Boolean> delete(String id) {
        return call(client.delete(id)).replaceWith(true);
    }

    public Uni<Extraction> extract(ExtractInput input) {
        return call(client.extract(input));
    }

    public Uni<List<Quote>> accept(AcceptInput input) {
        return call(client.accept(input));
    }

    private Loader<QuoteServiceClient.Group> groups(GroupKey key) {
        return loaders.get(key, () -> new Loader<>(Paging.MAX_IDS, ids -> call(client.groups(
                key.parent() == Parent.SPEAKER ? Downstream.ids(ids) : null,
                key.parent() == Parent.EVENT ? Downstream.ids(ids) : null,
                key.parent() == Parent.STORY ? Downstream.ids(ids) : null, key.fetched())).map(answer -> {
                    Map<String, QuoteServiceClient.Group> byParent = new HashMap<>();
                    answer.groups().forEach(g -> byParent.put(g.id(), g));
                    return byParent;
                })));
    }

    private static <T> Uni<T> call(Uni<T> call) {
        return Downstream.call(SERVICE, call);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
