package org.newsgraph.gateway;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.newsgraph.gateway.error.ErrorCodes;
import org.newsgraph.gateway.limits.QueryLimits;

/**
 * What the gateway adds to SmallRye GraphQL's executor when it is built: the query limits, which
 * refuse a document before it is validated or run, and the error codes, which give every error of
 * the answer its {@code extensions.code}. SmallRye's own instrumentation (its document cache) stays
 * between them: graphql-java takes one instrumentation, so this is the one place that sets it.
 */
@ApplicationScoped
class GraphQLEngine {

    void install(@Observes GraphQL.Builder builder, QueryLimits limits, ErrorCodes errors) {
        Instrumentation smallRyes = builder.build().getInstrumentation();
        builder.instrumentation(new ChainedInstrumentation(limits, smallRyes, errors));
    }
}
