package org.newsgraph.gateway;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

/**
 * How the gateway reads a plain field (a record's component, such as an event's {@code title}):
 * straight from the record, without SmallRye GraphQL's per-field request context. SmallRye's own
 * field reader copies that context for every value it reads and writes the field's selection
 * set into it as JSON, twice; for a page of 100 events of some twenty fields that was the
 * largest single cost of a query (docs/measurements.md, "Gateway data path"). Nothing reads the
 * context of a plain field: it runs none of our code but the record's accessor. Resolvers
 * (our {@code @Source} methods) keep SmallRye's and Quarkus' own fetchers, context included;
 * formats and adapters apply to plain fields as before.
 *
 * <p>Registered for SmallRye's {@code ServiceLoader} in META-INF/services; it comes before
 * Quarkus' own data fetcher service (priority 1), which does not read plain fields.
 */
public class PlainFields implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<Object> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return new PlainField(field, owner);
    }

    private static final class PlainField implements PlugableDataFetcher<Object>, TrivialDataFetcher<Object> {

        private final Field field;
        private final Reference owner;
        private final FieldHelper formats;
        /** Looked up on first use, as SmallRye does: the schema is built before the model classes are needed. */
        private volatile Reader reader;

        PlainField(Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
            this.formats = new FieldHelper(field);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            if (reader == null) {
                Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
                reader = field.getMethodName() == null ? type.getField(field.getPropertyName())::get
                        : type.getMethod(field.getMethodName())::invoke;
            }
            Object value = reader.read(environment.getSource());
            try {
                return formats.transformOrAdaptResponse(value, environment);
            } catch (AbstractDataFetcherException e) {
                return value; // as SmallRye's reader does: the value as it is
            }
        }
    }

    private interface Reader {
        Object read(Object source) throws ReflectiveOperationException;
    }
}
