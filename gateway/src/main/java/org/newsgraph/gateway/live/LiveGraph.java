package org.newsgraph.gateway.live;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import io.smallrye.graphql.api.Subscription;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.gateway.graph.Caller;
import org.newsgraph.gateway.graph.GivenIds;
import org.newsgraph.gateway.model.Story;
import org.newsgraph.platform.security.Roles;

/**
 * Live updates: the subscription {@code storyChanges} (graphql-transport-ws on /graphql, the token in
 * connection_init), and {@code Story.changeCursor}, where a client that has just read a story
 * starts following it.
 */
@GraphQLApi
@ApplicationScoped
public class LiveGraph {

    /** How many changes wait for a slow subscriber before its subscription ends (it resumes from its cursor). */
    private static final int MAX_WAITING = 1000;

    @Inject
    Caller caller;

    @Inject
    ChangeStreams streams;

    @Inject
    MeterRegistry meters;

    @Inject
    CursorFirst cursorFirst;

    /**
     * How many stories one user may follow at once (a subscription each, on any number of sockets):
     * each holds a stream of every service, and the gateway's are shared by everyone
     * ({@code newsgraph.live.max-streams}), so that no one user can take them all.
     */
    @ConfigProperty(name = "newsgraph.live.max-per-user", defaultValue = "50")
    int maxPerUser;

    private final AtomicInteger open = new AtomicInteger();
    private final Map<String, AtomicInteger> openByUser = new ConcurrentHashMap<>();

    @PostConstruct
    void gauge() {
        Gauge.builder("newsgraph.gateway.subscriptions", open, AtomicInteger::get)
                .description("GraphQL subscriptions open").register(meters);
    }

    @Subscription
    @Description("Every committed change to a story, its events, its quotes and the entities they refer to, as the"
            + " caller may see them (a viewer: published records only; a draft's publication arrives as a new record)."
            + " From now, or after the change whose cursor is `after`, so that a client that reconnects misses none")
    public Multi<StoryChange> storyChanges(@NonNull @Id String storyId, String after) {
        SecurityIdentity reader = caller.require(Roles.VIEWER);
        String token = token(reader);
        UUID story = UUID.fromString(GivenIds.of(storyId, "storyId"));
        Positions from = after == null ? null : Positions.of(after);
        AtomicInteger following = openByUser.computeIfAbsent(reader.getPrincipal().getName(),
                user -> new AtomicInteger());
        return Multi.createFrom().deferred(() -> {
            if (following.incrementAndGet() > maxPerUser) {
                following.decrementAndGet();
                return Multi.createFrom().failure(new GraphError.BadUserInput("you follow " + maxPerUser + " stories"
                        + " live already, as many as one user may at once; close a page that follows one", null));
            }
            return streams.ofStory(token, story, from)
                    .onOverflow().buffer(MAX_WAITING)
                    .onSubscription().invoke(open::incrementAndGet)
                    .onTermination().invoke(() -> {
                        following.decrementAndGet();
                        open.decrementAndGet();
                    });
        });
    }

    @Description("Where the changes of the story stand now: give it as `after` to storyChanges, so that no change made"
            + " after the read is missed. Asked in story(id:) or story(slug:), it is read before the story and"
            + " everything below it (its timeline, quotes, history), so one query can read them all")
    public Uni<List<String>> changeCursor(@Source List<Story> stories) {
        // the streams' positions do not depend on the story: one call per service for any number of stories
        return caller.check(Roles.VIEWER).chain(reader -> cursorFirst.positions(token(reader)))
                .map(now -> Collections.nCopies(stories.size(), now.cursor()));
    }

    private static String token(SecurityIdentity identity) {
        return identity.getCredential(TokenCredential.class).getToken();
    }
}
