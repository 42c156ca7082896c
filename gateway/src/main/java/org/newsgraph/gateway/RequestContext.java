package org.newsgraph.gateway;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Where a resolver's chain goes on once a shared or memoized Uni it waited for has come: back on
 * the Vert.x context of the request that asked. The token check and the change cursor are such
 * Unis; they may complete on another context (another request's, or a client connection's), where
 * this request's scope is not active, and a service call made there finds no caller to forward
 * (an "internal error … The current thread cannot be blocked" in the gateway's log, and a field
 * missing from the answer). On the request's own context already, it goes on at once.
 */
public final class RequestContext {

    private RequestContext() {
    }

    /** {@code uni}, its item and failure delivered on the current request's context. */
    public static <T> Uni<T> resumeHere(Uni<T> uni) {
        Context request = Vertx.currentContext();
        if (request == null) {
            return uni;
        }
        return uni.emitOn(task -> {
            if (Vertx.currentContext() == request) {
                task.run();
            } else {
                request.runOnContext(ignored -> task.run());
            }
        });
    }
}
