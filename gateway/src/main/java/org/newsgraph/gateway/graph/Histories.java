package org.newsgraph.gateway.graph;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsgraph.gateway.error.GraphError;

/**
 * How many records' histories one query reads. A history is one call per record (the services
 * keep no batch of histories), so {@code history} below a list, or below another history's
 * snapshots, made the calls of one query grow with the rows: a timeline of a hundred events under
 * thirty aliases, or histories nested three deep, were thousands of calls from one request. The
 * editor reads one record's history at a time; past {@code newsgraph.graphql.max-histories} in one
 * query, each further {@code history} is {@code BAD_USER_INPUT} naming {@code history}, and the
 * rest of the answer comes back.
 */
@ApplicationScoped
public class Histories {

    /** The count's key in the execution's own context (one per query, whatever scope the resolver runs in). */
    private static final String READ = Histories.class.getName() + ".read";

    @ConfigProperty(name = "newsgraph.graphql.max-histories")
    int max;

    @Inject
    Context context;

    /** The history {@code read} gives, unless this query has read as many histories as it may. */
    <T> Uni<T> read(Supplier<Uni<T>> read) {
        AtomicInteger reads = context.unwrap(DataFetchingEnvironment.class).getGraphQlContext()
                .computeIfAbsent(READ, key -> new AtomicInteger());
        if (reads.incrementAndGet() > max) {
            return Uni.createFrom().failure(new GraphError.BadUserInput("one query reads the history of at most " + max
                    + " records; ask for a record's history where you read that record alone", "history"));
        }
        return read.get();
    }
}
