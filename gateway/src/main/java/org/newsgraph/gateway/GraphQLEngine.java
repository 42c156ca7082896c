package org.newsgraph.gateway;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.smallrye.graphql.spi.EventingService;
import org.newsgraph.gateway.error.ErrorCodes;
import org.newsgraph.gateway.limits.QueryLimits;

/**
 * What the gateway adds to SmallRye GraphQL's executor when it is built: the query limits, which
 * refuse a document before it is validated or run, and the error codes, which give every error of
 * the answer its {@code extensions.code}. SmallRye's own instrumentation (its document cache) stays
 * between them: graphql-java takes one instrumentation, so this is the one place that sets it.
 *
 * <p>A SmallRye eventing service (registered for its {@code ServiceLoader} in META-INF/services;
 * with no config key it is always on), not an observer of SmallRye's CDI events: those
 * ({@code quarkus.smallrye-graphql.events.enabled}) are fired three times for every resolver
 * call, some 8 % of the gateway's CPU time on a page of 100 events (docs/measurements.md).
 */
public class GraphQLEngine implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Instrumentation smallRyes = builder.build().getInstrumentation();
        ArcContainer beans = Arc.container();
        return builder.instrumentation(new ChainedInstrumentation(beans.instance(QueryLimits.class).get(), smallRyes,
                beans.instance(ErrorCodes.class).get()));
    }
}
