package org.newsgraph.gateway;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;

/**
 * How the gateway hands one parent of a batched field ({@code @Source List}, such as a participant's
 * {@code entity}) to the field's batch: its key and arguments straight to the request's loader.
 * SmallRye's own fetcher first copies its per-field request context for every parent (the field's
 * selection set written out as JSON, twice) and wraps the load in a Uni; a page of 100 events has
 * some 300 such parents (a place each, two participants each). The copy is not needed: the batch
 * itself, where our resolver runs, gets its context from SmallRye's batch loader, as before.
 * Arguments, the loader and what the resolver sees are unchanged.
 */
final class BatchedFields {

    private BatchedFields() {
    }

    /** The schema with each batched field's fetcher replaced by a {@link Parent}. */
    static GraphQLSchema.Builder lighten(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry lighter = registry.transform(code -> {
            for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                    .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast).toList()) {
                for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                    if (registry.getDataFetcher(type, field) instanceof BatchDataFetcher<?> smallRyes) {
                        code.dataFetcher(FieldCoordinates.coordinates(type, field), new Parent(operation(smallRyes)));
                    }
                }
            }
        });
        return GraphQLSchema.newSchema(schema).codeRegistry(lighter);
    }

    private static Operation operation(BatchDataFetcher<?> fetcher) {
        try {
            java.lang.reflect.Field operation = BatchDataFetcher.class.getDeclaredField("operation");
            operation.setAccessible(true);
            return (Operation) operation.get(fetcher);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SmallRye GraphQL's BatchDataFetcher has changed: see " + BatchedFields.class, e);
        }
    }

    /** One parent's key and arguments for the field's loader (graphql-java dispatches the batch). */
    private static final class Parent implements DataFetcher<Object> {

        private final ArgumentHelper arguments;
        private final String loader;

        Parent(Operation operation) {
            this.arguments = new ArgumentHelper(operation.getArguments());
            this.loader = new BatchLoaderHelper().getName(operation);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            List<Object> given = arguments.getArguments(environment, true);
            Map<String, Object> keyContext = new HashMap<>(4);
            keyContext.put(BatchLoaderHelper.ARGUMENTS, given);
            keyContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
            return environment.getDataLoader(loader).load(environment.getSource(), keyContext);
        }
    }
}
