package org.newsgraph.gateway;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CompletionStage;

import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import org.dataloader.BatchLoaderEnvironment;

/**
 * How the gateway runs a {@link Derived} resolver: the method is called with its parent and its
 * arguments as graphql-java resolved them, on the thread reading the parent. SmallRye's and
 * Quarkus' own fetchers do, for every call, what a service call needs and a computation does not:
 * a copy of the request context with the field's selection set written out as JSON, the request
 * scope activated, a Uni with context-propagation wrappers and a worker-thread hop for a plain
 * value. An event's {@code startsAt} is one call per event, 100 on a page (docs/measurements.md).
 *
 * <p>Registered for SmallRye's {@code ServiceLoader} in META-INF/services, beside {@link PlainFields};
 * a resolver without {@code @Derived} gets SmallRye's and Quarkus' fetchers as before.
 */
public class DerivedFields implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableBatchableDataFetcher<Object, Object> getOtherFieldDataFetcher(Operation operation, Type type) {
        Method method = method(operation);
        return method.isAnnotationPresent(Derived.class) ? new DerivedField(operation, method) : null;
    }

    private static Method method(Operation operation) {
        Class<?> api = ClassloadingService.get().loadClass(operation.getClassName());
        for (Method method : api.getMethods()) {
            if (method.getName().equals(operation.getMethodName())
                    && method.getParameterCount() == operation.getArguments().size()) {
                return method;
            }
        }
        throw new IllegalStateException("no method " + operation.getMethodName() + " on " + api.getName());
    }

    private static final class DerivedField implements PlugableBatchableDataFetcher<Object, Object> {

        private final Operation operation;
        private final Method method;
        private final List<Argument> arguments;
        /** The resolver's bean, looked up on first use (the schema is built before the container serves beans). */
        private volatile Object api;

        DerivedField(Operation operation, Method method) {
            this.operation = operation;
            this.method = method;
            this.arguments = operation.getArguments();
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            if (api == null) {
                api = Arc.container().instance(method.getDeclaringClass()).get();
            }
            Object[] values = new Object[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                Argument argument = arguments.get(i);
                values[i] = argument.isSourceArgument() ? environment.getSource()
                        : environment.getArgument(argument.getName());
            }
            SmallRyeContext context = new SmallRyeContext(DerivedFields.class.getName());
            context.setDataFetchingEnvironment(environment);
            context.setField(operation);
            context.setArguments(environment.getArguments());
            SmallRyeContextManager.restore(context);
            try {
                return method.invoke(api, values);
            } catch (InvocationTargetException e) {
                // the resolver's own exception, which ErrorCodes turns into the field's error
                throw e.getCause() instanceof Exception cause ? cause : e;
            } finally {
                SmallRyeContextManager.clearCurrentSmallRyeContext();
            }
        }

        @Override
        public CompletionStage<List<Object>> load(List<Object> keys, BatchLoaderEnvironment environment) {
            throw new UnsupportedOperationException("a derived field is not batched: " + operation.getName());
        }
    }
}
