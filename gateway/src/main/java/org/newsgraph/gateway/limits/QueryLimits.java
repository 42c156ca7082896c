package org.newsgraph.gateway.limits;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsgraph.gateway.error.ErrorCodes;
import org.newsgraph.platform.json.StrictJson;

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
 *
 * <p>A text given directly as a field's argument ({@code slug}, {@code query}, {@code zone},
 * {@code after}…, written in the document or given as a variable) is at most
 * {@code newsgraph.graphql.max-argument-length} characters: the gateway passes most of them to the
 * services in a URL, and one of 40,000 characters came back as "event-service refused the request
 * (414)", naming no argument. Texts inside input objects (a quote's words, an article to extract
 * from) are not arguments of their own; the services check their sizes.
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

    @ConfigProperty(name = "newsgraph.graphql.max-argument-length")
    int maxArgumentLength;

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
        checkArguments(document, Map.of());
    }

    /**
     * Texts given as variables, on every request (a document SmallRye has validated before is not
     * validated again, but its variables are new each time). The document is read again only when a
     * variable holds a text over the limit, to tell whether it is an argument's or inside an input.
     */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        Map<String, Object> variables = parameters.getVariables();
        if (variables != null) {
            refuseHalfPairs(parameters.getQuery(), variables);
        }
        if (variables != null && variables.values().stream().anyMatch(this::tooLong)) {
            Document document;
            try {
                document = Parser.parse(parameters.getQuery());
            } catch (InvalidSyntaxException e) {
                return SimpleInstrumentationContext.noOp(); // answered as a parse failure later
            }
            checkArguments(document, variables);
        }
        return SimpleInstrumentationContext.noOp();
    }

    /**
     * Half of a surrogate pair in a variable's text is no character: sent on to a service it became
     * "?" (the REST client writes UTF-8), and the reporter's text was changed without a word. Refused
     * naming the input field that holds it ({@code aliases[0].name}), or the argument or input field
     * the variable is given to. A document's own literals are refused by the parser.
     */
    private static void refuseHalfPairs(String query, Map<String, Object> variables) {
        for (Map.Entry<String, Object> variable : variables.entrySet()) {
            String path = halfPair(variable.getValue(), "");
            if (path == null) {
                continue;
            }
            String field = path;
            if (path.isEmpty() || path.startsWith("[")) {
                String usedAs = null;
                try {
                    usedAs = usedAs(Parser.parse(query), variable.getKey());
                } catch (InvalidSyntaxException e) {
                    // answered as a parse failure
                }
                field = (usedAs == null ? variable.getKey() : usedAs) + path;
            }
            throw abort(field + " holds half of a surrogate pair, which is no character: send the whole pair or the"
                    + " character itself", Refused.QUERY_LIMIT, Map.of("code", "BAD_USER_INPUT", "field", field));
        }
    }

    /** Where in the value a text holds half of a surrogate pair ("" for the value itself), or null. */
    private static String halfPair(Object value, String at) {
        if (value instanceof String text) {
            return StrictJson.loneSurrogateAt(text) >= 0 ? at : null;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String found = halfPair(entry.getValue(), at.isEmpty() ? String.valueOf(entry.getKey())
                        : at + "." + entry.getKey());
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String found = halfPair(list.get(i), at + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The name of the first argument or input field the variable is given to, or null. */
    private static String usedAs(Document document, String variable) {
        for (Definition<?> definition : document.getDefinitions()) {
            SelectionSet set = definition instanceof OperationDefinition operation ? operation.getSelectionSet()
                    : definition instanceof FragmentDefinition fragment ? fragment.getSelectionSet() : null;
            String found = usedAs(set, variable);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String usedAs(SelectionSet set, String variable) {
        if (set == null) {
            return null;
        }
        for (Selection<?> selection : set.getSelections()) {
            String found = null;
            if (selection instanceof Field field) {
                for (Argument argument : field.getArguments()) {
                    found = found != null ? found : usedAs(argument.getName(), argument.getValue(), variable);
                }
                found = found != null ? found : usedAs(field.getSelectionSet(), variable);
            } else if (selection instanceof InlineFragment inline) {
                found = usedAs(inline.getSelectionSet(), variable);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String usedAs(String name, Value<?> value, String variable) {
        if (value instanceof VariableReference reference) {
            return reference.getName().equals(variable) ? name : null;
        }
        if (value instanceof ObjectValue object) {
            for (ObjectField field : object.getObjectFields()) {
                String found = usedAs(field.getName(), field.getValue(), variable);
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof ArrayValue list) {
            for (Value<?> item : list.getValues()) {
                String found = usedAs(name, item, variable);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Refuses the first argument given a text over the limit, in the document or through a variable. */
    private void checkArguments(Document document, Map<String, Object> variables) {
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                checkArguments(operation.getSelectionSet(), variables);
            } else if (definition instanceof FragmentDefinition fragment) {
                checkArguments(fragment.getSelectionSet(), variables);
            }
        }
    }

    private void checkArguments(SelectionSet set, Map<String, Object> variables) {
        if (set == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                for (Argument argument : field.getArguments()) {
                    checkArgument(argument.getName(), argument.getValue(), variables);
                }
                checkArguments(field.getSelectionSet(), variables);
            } else if (selection instanceof InlineFragment inline) {
                checkArguments(inline.getSelectionSet(), variables);
            } // a spread's fragment is read as a definition of its own
        }
    }

    private void checkArgument(String name, Value<?> value, Map<String, Object> variables) {
        Object given = value instanceof StringValue text ? text.getValue()
                : value instanceof VariableReference variable ? variables.get(variable.getName()) : null;
        if (value instanceof ArrayValue list) {
            list.getValues().forEach(item -> checkArgument(name, item, variables));
        } else if (tooLong(given)) {
            int length = given instanceof String text ? text.length() : ((List<?>) given).stream()
                    .mapToInt(item -> item instanceof String text ? text.length() : 0).max().orElse(0);
            throw abort(name + " is " + length + " characters long; at most " + maxArgumentLength + " are accepted",
                    Refused.QUERY_LIMIT, Map.of("code", "BAD_USER_INPUT", "field", name));
        }
    }

    /** A text, or a list holding one, over the argument limit. */
    private boolean tooLong(Object value) {
        if (value instanceof String text) {
            return text.length() > maxArgumentLength;
        }
        return value instanceof List<?> list && list.stream().anyMatch(item -> item instanceof String text
                && text.length() > maxArgumentLength);
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
