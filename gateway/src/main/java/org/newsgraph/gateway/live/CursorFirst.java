package org.newsgraph.gateway.live;

import java.util.function.Supplier;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * One request's order of reads when it asks for {@code story { changeCursor ... }}: the cursor is
 * read first, and the story and what is below it (its timeline, quotes, history) only once the
 * cursor has come. A change committed meanwhile is then either in what was read or after the
 * cursor, where {@code storyChanges(after:)} gives it: none falls between the two. This lets a
 * page read a story, its cursor and its first timeline page in one request (issue 10's first page).
 *
 * <p>A cursor that cannot be read (a service down) holds nothing up for long: what is below the
 * story is read once it has failed, and only {@code changeCursor} reports the failure.
 */
@RequestScoped
public class CursorFirst {

    @Inject
    ChangeStreams streams;

    private Uni<Positions> read;

    /** Starts reading where the streams stand now (once per request), before the story is read. */
    public synchronized void start(SecurityIdentity caller) {
        if (read == null) {
            read = streams.now(caller.getCredential(TokenCredential.class).getToken()).memoize().indefinitely();
            read.subscribe().with(positions -> { }, failure -> { });
        }
    }

    /** {@code next}, once the cursor started for this request (if any) is read, or has failed. */
    public <T> Uni<T> then(Supplier<Uni<T>> next) {
        Uni<Positions> started = started();
        return started == null ? next.get()
                : started.onFailure().recoverWithNull().chain(positions -> next.get());
    }

    /** The positions this request read first, or, if it did not start a read, where they stand now. */
    Uni<Positions> positions(String token) {
        Uni<Positions> started = started();
        return started != null ? started : streams.now(token);
    }

    private synchronized Uni<Positions> started() {
        return read;
    }
}
