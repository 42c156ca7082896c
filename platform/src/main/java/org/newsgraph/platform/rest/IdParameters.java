package org.newsgraph.platform.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Every id a resource takes from its path or query ({@code UUID} parameters), read by {@link Ids}:
 * a value that is not an id is 400 naming the parameter, as a bad id in a body or a lookup is.
 * Left to JAX-RS it would be 404 "no such resource", which tells a client nothing it can mend.
 * (REST's parameter handling wraps the refusal in a {@code NotFoundException};
 * {@code ProblemMappers.noSuchResource} answers with the refusal itself.)
 */
@Provider
public class IdParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == UUID.class ? (ParamConverter<T>) new IdParameter(nameIn(annotations)) : null;
    }

    private static String nameIn(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return "id";
    }

    private record IdParameter(String name) implements ParamConverter<UUID> {

        @Override
        public UUID fromString(String value) {
            return Ids.one(value, name);
        }

        @Override
        public String toString(UUID value) {
            return value.toString();
        }
    }
}
