package org.newsgraph.gateway.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * One request's loader for one kind of key, DataLoader style: the keys asked for while GraphQL
 * resolves one level (by any field) go to the service in one call, each key once; a key asked
 * for again in the same request is answered from what the first call brought; a batch above the
 * service's limit is split into several calls made at once.
 *
 * <p>Keys are collected until the event loop is free again: GraphQL dispatches every batched
 * field of a level in one go, so by then all of them have asked.
 */
final class Loader<V> {

    private final int limit;
    private final Function<List<String>, Uni<Map<String, V>>> fetch;
    private final Map<String, CompletableFuture<V>> known = new HashMap<>();
    private final List<String> queued = new ArrayList<>();

    /**
     * @param limit most keys one call may carry
     * @param fetch one call for up to {@code limit} keys: the values found, by key (a missing key
     *              is simply absent)
     */
    Loader(int limit, Function<List<String>, Uni<Map<String, V>>> fetch) {
        this.limit = limit;
        this.fetch = fetch;
    }

    /** The values of these keys (null keys are skipped; a key nobody has is absent). */
    Uni<Map<String, V>> load(Collection<String> keys) {
        Map<String, CompletableFuture<V>> wanted = new LinkedHashMap<>();
        boolean first;
        synchronized (this) {
            first = queued.isEmpty();
            for (String key : new LinkedHashSet<>(keys)) {
                if (key != null) {
                    wanted.put(key, known.computeIfAbsent(key, k -> {
                        queued.add(k);
                        return new CompletableFuture<>();
                    }));
                }
            }
            first = first && !queued.isEmpty();
        }
        if (first) {
            later(this::dispatch);
        }
        return Uni.createFrom().completionStage(CompletableFuture.allOf(wanted.values()
                .toArray(CompletableFuture[]::new))).map(done -> {
                    Map<String, V> found = new HashMap<>();
                    wanted.forEach((key, value) -> {
                        if (value.join() != null) {
                            found.put(key, value.join());
                        }
                    });
                    return found;
                });
    }

    /** One value per parent, in the parents' order (null where the parent names none, or none was found). */
    <P> Uni<List<V>> each(List<P> parents, Function<P, String> key) {
        return load(parents.stream().map(key).filter(Objects::nonNull).toList())
                .map(found -> parents.stream().map(p -> key.apply(p) == null ? null : found.get(key.apply(p)))
                        .toList());
    }

    private void dispatch() {
        List<String> keys;
        synchronized (this) {
            keys = List.copyOf(queued);
            queued.clear();
        }
        for (int from = 0; from < keys.size(); from += limit) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + limit));
            fetch.apply(batch).subscribe().with(found -> {
                for (String key : batch) {
                    future(key).complete(found.get(key));
                }
            }, failure -> {
                for (String key : batch) {
                    future(key).completeExceptionally(failure);
                }
            });
        }
    }

    private synchronized CompletableFuture<V> future(String key) {
        return known.get(key);
    }

    /** Runs {@code task} once the event loop has finished what it is doing (at once off the event loop). */
    private static void later(Runnable task) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.runOnContext(ignored -> task.run());
        } else {
            task.run();
        }
    }
}
