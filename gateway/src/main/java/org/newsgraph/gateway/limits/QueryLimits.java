package org.newsgraph.gateway.limits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.validation.ValidationError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses abusive queries before anything runs: too long, too many aliases, too deep, or too
 * complex (more fields, with fragments expanded, than allowed). The refusal is a GraphQL error
 * with {@code extensions.code = BAD_USER_INPUT} and {@code field = query}; no service is called.
 * Limits are configured in application.properties ({@code newsgraph.graphql.*}).
 */
@ApplicationScoped
public class QueryLimits {

    @ConfigProperty(name = "newsgraph.graphql.max-query-length")
    int maxLength;

    @ConfigProperty(name = "newsgraph.graphql.max-aliases")
    int maxAliases;

    @ConfigProperty(name = "newsgraph.graphql.max-depth")
    int maxDepth;

    @ConfigProperty(name = "newsgraph.graphql.max-complexity")
    int maxComplexity;

    /** Installs the limits when SmallRye GraphQL builds its executor. */
    void install(@Observes GraphQL.Builder builder) {
        builder.instrumentation(new Limits());
    }

    private final class Limits extends SimplePerformantInstrumentation {

        @Override
        public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
                InstrumentationState state) {
            String query = parameters.getQuery();
            if (query != null && query.length() > maxLength) {
                throw refuse("the query is " + query.length() + " characters long; at most " + maxLength
                        + " are accepted");
            }
            return SimpleInstrumentationContext.noOp();
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(
                InstrumentationValidationParameters parameters, InstrumentationState state) {
            Document document = parameters.getDocument();
            int aliases = aliases(document);
            if (aliases > maxAliases) {
                throw refuse("the query uses " + aliases + " aliases; at most " + maxAliases + " are accepted");
            }
            Map<String, FragmentDefinition> fragments = new HashMap<>();
            document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
            for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
                int depth = depth(operation.getSelectionSet(), fragments, 0);
                if (depth > maxDepth) {
                    throw refuse("the query is " + (depth > maxDepth + 1 ? "more than " + maxDepth : depth)
                            + " levels deep; at most " + maxDepth + " are accepted");
                }
                int complexity = fields(operation.getSelectionSet(), fragments, 0);
                if (complexity > maxComplexity) {
                    throw refuse("the query asks for " + complexity + " fields (fragments expanded); at most "
                            + maxComplexity + " are accepted");
                }
            }
            return SimpleInstrumentationContext.noOp();
        }
    }

    /** How many levels of fields a selection set reaches, following fragments; stops past the limit. */
    private int depth(SelectionSet set, Map<String, FragmentDefinition> fragments, int level) {
        if (set == null || level > maxDepth) {
            return level;
        }
        int deepest = level;
        for (Node<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                deepest = Math.max(deepest, depth(field.getSelectionSet(), fragments, level + 1));
            } else if (selection instanceof InlineFragment inline) {
                deepest = Math.max(deepest, depth(inline.getSelectionSet(), fragments, level));
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                deepest = Math.max(deepest, depth(fragments.get(spread.getName()).getSelectionSet(), fragments, level));
            }
        }
        return deepest;
    }

    /** Every field the query selects, fragments expanded where they are spread; stops past the limit. */
    private int fields(SelectionSet set, Map<String, FragmentDefinition> fragments, int level) {
        if (set == null || level > maxDepth) {
            return 0;
        }
        int count = 0;
        for (Node<?> selection : set.getSelections()) {
            if (count > maxComplexity) {
                return count;
            }
            if (selection instanceof Field field) {
                count += 1 + fields(field.getSelectionSet(), fragments, level + 1);
            } else if (selection instanceof InlineFragment inline) {
                count += fields(inline.getSelectionSet(), fragments, level);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                count += fields(fragments.get(spread.getName()).getSelectionSet(), fragments, level + 1);
            }
        }
        return count;
    }

    /** Every aliased field written in the document (operations and fragments). */
    private static int aliases(Node<?> node) {
        int count = node instanceof Field field && field.getAlias() != null ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            count += aliases(child);
        }
        return count;
    }

    private static AbortExecutionException refuse(String message) {
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(Refused.QUERY_LIMIT)
                .extensions(Map.of("code", "BAD_USER_INPUT", "field", "query"))
                .build();
        return new AbortExecutionException(List.of(error));
    }

    private enum Refused implements ErrorClassification {
        QUERY_LIMIT
    }
}
