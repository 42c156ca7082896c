package org.newsgraph.gateway.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;

/** The loaders of one GraphQL request, one per kind of key (and per arguments, where a list is paged). */
@RequestScoped
class Loaders {

    private final Map<Object, Loader<?>> loaders = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <V> Loader<V> get(Object kind, Supplier<Loader<V>> create) {
        return (Loader<V>) loaders.computeIfAbsent(kind, k -> create.get());
    }
}
