package org.newsgraph.gateway.graph;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.gateway.model.Paging;

/**
 * What one query may have the services read where the work grows with the rows above it, which
 * {@link org.newsgraph.gateway.limits.QueryLimits} cannot see in the query's shape (it counts fields,
 * not rows). Counted in the execution's own context (one count per query, whatever scope the
 * resolver runs in); past a limit, each further field is {@code BAD_USER_INPUT} naming its argument,
 * and the rest of the answer comes back.
 * <ul>
 * <li><b>Histories</b>: one call per record (the services keep no batch of histories), so
 * {@code history} below a list, under aliases, or below another history's snapshots made one request
 * thousands of calls. At most {@code newsgraph.graphql.max-histories} per query; the editor reads one
 * record's history at a time.</li>
 * <li><b>Lists below records</b> (a story's timeline, an event's quotes, a person's events…): a page
 * of {@code first} for each record of the level above, so lists nested in lists multiply:
 * {@code stories(first: 100) { timeline(first: 100) { quotes(first: 100) } }} asked for up to a
 * million quotes. At most {@code newsgraph.graphql.max-nested-rows} rows asked for in all (the
 * records above × {@code first}); the editor's pages ask for a few hundred.</li>
 * </ul>
 */
@ApplicationScoped
public class QueryBudget {

    private static final String HISTORIES = QueryBudget.class.getName() + ".histories";
    private static final String NESTED_ROWS = QueryBudget.class.getName() + ".nestedRows";

    @ConfigProperty(name = "newsgraph.graphql.max-histories")
    int maxHistories;

    @ConfigProperty(name = "newsgraph.graphql.max-nested-rows")
    int maxNestedRows;

    @Inject
    Context context;

    /** The history {@code read} gives, unless this query has read as many histories as it may. */
    <T> Uni<T> history(Supplier<Uni<T>> read) {
        if (add(HISTORIES, 1) > maxHistories) {
            return Uni.createFrom().failure(new GraphError.BadUserInput("one query reads the history of at most "
                    + maxHistories + " records; ask for a record's history where you read that record alone", "history"));
        }
        return read.get();
    }

    /**
     * The pages {@code read} gives, a page of {@code first} for each of {@code parents} records,
     * unless the query's lists below records would then ask for more rows than allowed. A
     * {@code first} out of range is left to the page's own check, which names it.
     */
    <T> Uni<T> pages(int parents, Integer first, Supplier<Uni<T>> read) {
        int size = first == null ? Paging.DEFAULT_FIRST : first;
        if (size >= 1 && size <= Paging.MAX_FIRST && add(NESTED_ROWS, (long) parents * size) > maxNestedRows) {
            return Uni.createFrom().failure(new GraphError.BadUserInput("lists below records ask for at most "
                    + maxNestedRows + " rows in one query (each list's first, times the records above it); ask for "
                    + "fewer, or page the inner list where you read its record alone", "first"));
        }
        return read.get();
    }

    private long add(String what, long amount) {
        AtomicLong used = context.unwrap(DataFetchingEnvironment.class).getGraphQlContext()
                .computeIfAbsent(what, key -> new AtomicLong());
        return used.addAndGet(amount);
    }
}
