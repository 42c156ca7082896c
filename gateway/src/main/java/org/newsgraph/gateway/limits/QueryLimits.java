package org.newsgraph.gateway.limits;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.validation.ValidationError;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsgraph.gateway.error.ErrorCodes;

/**
 * Refuses abusive queries before anything runs (before validation, and before the caller's token
 * is looked at): too many aliases, too deep, or too complex (more fields, with fragments expanded,
 * than allowed); {@link RequestChecks} refuses one that is too long before it is even parsed. The
 * refusal is a GraphQL error with {@code extensions.code = BAD_USER_INPUT} and
 * {@code field = query}; no service is called. A fragment that spreads itself is refused as the
 * invalid document it is ({@code GRAPHQL_VALIDATION_FAILED}), as graphql-java's validation would.
 *
 * <p>The numbers come from {@link QueryCost}, which reads the document once: the cost is linear in
 * its size however its fragments are chained, and a field counts the same written inline or behind
 * any number of spreads. Standard introspection (an operation that asks only for {@code __schema},
 * {@code __type} or {@code __typename}) may go deeper, as GraphiQL's and code generators' queries
 * do; graphql-java's good-faith check keeps it from looping through the schema.
 * Limits are configured in application.properties ({@code newsgraph.graphql.*}).
 */
@Singleton
@Unremovable // looked up by GraphQLEngine, which SmallRye creates
public class QueryLimits extends SimplePerformantInstrumentation {

    @ConfigProperty(name = "newsgraph.graphql.max-aliases")
    int maxAliases;

    @ConfigProperty(name = "newsgraph.graphql.max-depth")
    int maxDepth;

    @ConfigProperty(name = "newsgraph.graphql.max-introspection-depth")
    int maxIntrospectionDepth;

    @ConfigProperty(name = "newsgraph.graphql.max-complexity")
    int maxComplexity;

    /** Throws the refusal of the first limit the document breaks, if it breaks one. */
    private void check(Document document) {
        QueryCost costs;
        try {
            costs = QueryCost.of(document);
        } catch (QueryCost.FragmentCycle cycle) {
            throw abort(cycle.getMessage(), ErrorType.ValidationError, Map.of("code", ErrorCodes.VALIDATION_FAILED));
        }
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            QueryCost.Cost cost = costs.of(operation);
            if (cost.aliases() > maxAliases) {
                throw refuse("the query uses " + QueryCost.count(cost.aliases()) + " aliases (fragments expanded); at most "
                        + maxAliases + " are accepted");
            }
            int depthLimit = costs.isIntrospection(operation) ? maxIntrospectionDepth : maxDepth;
            if (cost.depth() > depthLimit) {
                throw refuse("the query is " + cost.depth() + " levels deep; at most " + depthLimit + " are accepted");
            }
            if (cost.fields() > maxComplexity) {
                throw refuse("the query asks for " + QueryCost.count(cost.fields()) + " fields (fragments expanded); at most "
                        + maxComplexity + " are accepted");
            }
        }
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        check(parameters.getDocument());
        return SimpleInstrumentationContext.noOp();
    }

    private static AbortExecutionException refuse(String message) {
        return abort(message, Refused.QUERY_LIMIT, Map.of("code", "BAD_USER_INPUT", "field", "query"));
    }

    private static AbortExecutionException abort(String message, ErrorClassification type, Map<String, Object> extensions) {
        GraphQLError error = GraphqlErrorBuilder.newError().message(message).errorType(type).extensions(extensions).build();
        return new AbortExecutionException(List.of(error));
    }

    private enum Refused implements ErrorClassification {
        QUERY_LIMIT
    }
}
