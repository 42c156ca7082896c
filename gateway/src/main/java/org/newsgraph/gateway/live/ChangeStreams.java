package org.newsgraph.gateway.live;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;
import org.newsgraph.gateway.client.Downstream;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.platform.changes.FeedPosition;
import org.newsgraph.platform.changes.PublishedChange;

/**
 * The services' change streams for the graph: one client per service (event-service for stories
 * and events, quote-service, entity-service), each call with the subscriber's own token. A stream
 * that drops (a service restarts, a connection breaks) is resumed after the last change it gave,
 * so the subscriber neither misses nor repeats one; a refusal (401, 403, 404, 400) ends it.
 */
@ApplicationScoped
public class ChangeStreams {

    private static final Logger LOG = Logger.getLogger(ChangeStreams.class);

    /** The streams a story's changes come from. */
    public enum Feed {
        EVENTS("event-service"), QUOTES("quote-service"), ENTITIES("entity-service");

        final String service;

        Feed(String service) {
            this.service = service;
        }
    }

    @Inject
    Config config;

    @Inject
    ObjectMapper json;

    /** Streams open at once to one service (each subscription holds one to each service). */
    @ConfigProperty(name = "newsgraph.live.max-streams", defaultValue = "2000")
    int maxStreams;

    /** A stream quiet for longer is taken for dead and resumed (the services send a heartbeat every 15 s). */
    @ConfigProperty(name = "newsgraph.live.idle-timeout", defaultValue = "60s")
    Duration idleTimeout;

    /** How long a service may take to say where its stream stands. */
    private static final Duration POSITION_WAIT = Duration.ofSeconds(3);

    /**
     * How long a subscription that is starting keeps asking a busy service where its stream stands
     * before it ends with UNAVAILABLE. A page's cursor ({@link #now}) holds the page up, so it asks
     * twice at most; a subscription holds nobody up, and a burst of them (a hundred readers opening
     * a story as it breaks) must not end some of them because a service answered one late.
     */
    @ConfigProperty(name = "newsgraph.live.start-patience", defaultValue = "30s")
    Duration startPatience;

    private final Map<Feed, ChangeFeedClient> streams = new EnumMap<>(Feed.class);
    private final Map<Feed, ChangeFeedClient> positions = new EnumMap<>(Feed.class);

    @PostConstruct
    void connect() {
        for (Feed feed : Feed.values()) {
            String url = config.getValue("quarkus.rest-client." + feed.service + ".url", String.class);
            streams.put(feed, client(feed, url, idleTimeout));
            positions.put(feed, client(feed, url, POSITION_WAIT));
        }
    }

    private ChangeFeedClient client(Feed feed, String url, Duration readTimeout) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .property(QuarkusRestClientProperties.CONNECTION_POOL_SIZE, maxStreams)
                .register(new Refusals(feed.service))
                .build(ChangeFeedClient.class);
    }

    /**
     * A story's changes, as the token's user may see them, after {@code from} (or from now): the
     * story and its events, its quotes, and the entities they refer to. NOT_FOUND if the user may
     * not see the story.
     */
    public Multi<StoryChange> ofStory(String token, UUID storyId, Positions from) {
        Uni<FeedPosition> events = patiently(Feed.EVENTS, token, storyId);
        Uni<FeedPosition> quotes = patiently(Feed.QUOTES, token, storyId);
        Uni<FeedPosition> entities = patiently(Feed.ENTITIES, token, null);
        return Uni.combine().all().unis(events, quotes, entities).asTuple().onItem().transformToMulti(now -> {
            Positions start = from != null ? from
                    : new Positions(now.getItem1().seq(), now.getItem2().seq(), now.getItem3().seq());
            Map<UUID, List<UUID>> references = new HashMap<>(now.getItem1().references());
            references.putAll(now.getItem2().references());
            StoryFollow story = new StoryFollow(start, references);
            return Multi.createBy().merging().streams(
                    follow(Feed.EVENTS, token, storyId, start).map(change -> story.accept(Feed.EVENTS, change)),
                    follow(Feed.QUOTES, token, storyId, start).map(change -> story.accept(Feed.QUOTES, change)),
                    follow(Feed.ENTITIES, token, null, start).map(change -> story.accept(Feed.ENTITIES, change)))
                    .select().where(java.util.Optional::isPresent).map(java.util.Optional::get);
        });
    }

    /** Where the services' change streams stand now, as the user sees them. */
    public Uni<Positions> now(String token) {
        return Uni.combine().all().unis(atMostTwice(Feed.EVENTS, token, null),
                atMostTwice(Feed.QUOTES, token, null),
                atMostTwice(Feed.ENTITIES, token, null)).asTuple()
                .map(now -> new Positions(now.getItem1().seq(), now.getItem2().seq(), now.getItem3().seq()));
    }

    /**
     * Where a service's stream stands. The call is read to its end even if the subscriber leaves
     * meanwhile (a tab closed as the page opened): cancelled in flight, the REST client left the
     * request unread until its read timeout, and Vert.x then logged it as an ERROR.
     */
    private Uni<FeedPosition> position(Feed feed, String token, UUID storyId) {
        return Uni.createFrom().<FeedPosition>emitter(answer -> positions.get(feed).position(bearer(token), id(storyId))
                        .subscribe().with(answer::complete, answer::fail))
                .ifNoItem().after(POSITION_WAIT).fail();
    }

    /**
     * Where a service's stream stands, asked a second time at once if the first answer failed or
     * was late (a page waits for it).
     */
    private Uni<FeedPosition> atMostTwice(Feed feed, String token, UUID storyId) {
        return position(feed, token, storyId)
                .onFailure(ChangeStreams::worthRetrying).retry().withBackOff(Duration.ofMillis(100)).atMost(1)
                .onFailure().transform(failure -> graphError(feed, failure));
    }

    /**
     * Where a service's stream stands, asked again less and less often until {@link #startPatience}
     * has passed (a subscription starting).
     */
    private Uni<FeedPosition> patiently(Feed feed, String token, UUID storyId) {
        return position(feed, token, storyId)
                .onFailure(ChangeStreams::worthRetrying).invoke(failure -> LOG.debugf(
                        "%s did not say where its change stream stands (%s); asking again", feed.service, failure))
                .onFailure(ChangeStreams::worthRetrying).retry()
                .withBackOff(Duration.ofMillis(100), Duration.ofSeconds(2)).expireIn(startPatience.toMillis())
                .onFailure().transform(failure -> graphError(feed, failure));
    }

    /** One service's stream from a position, resumed after its last change whenever it drops. */
    private Multi<PublishedChange> follow(Feed feed, String token, UUID storyId, Positions from) {
        AtomicLong last = new AtomicLong(from.of(feed));
        return Multi.createFrom().deferred(() -> streams.get(feed).changes(bearer(token), id(storyId), last.get()))
                .onCompletion().failWith(() -> new StreamDropped(feed))
                .select().where(event -> "change".equals(event.name()) && event.data() != null)
                .map(event -> read(event.data()))
                .invoke(change -> last.set(change.seq()))
                .onFailure(ChangeStreams::worthRetrying).invoke(failure -> LOG.debugf(
                        "%s's change stream dropped after %d (%s); resuming", feed.service, last.get(), failure))
                .onFailure(ChangeStreams::worthRetrying).retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).indefinitely()
                .onFailure().transform(failure -> graphError(feed, failure));
    }

    private PublishedChange read(String data) {
        try {
            return json.readValue(data, PublishedChange.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a change the gateway cannot read: " + data, e);
        }
    }

    /** A refusal is the caller's (a bad token, a story they may not see, a bad cursor): asking again will not help. */
    private static boolean worthRetrying(Throwable failure) {
        return !(failure instanceof GraphError.Refusal);
    }

    private static RuntimeException graphError(Feed feed, Throwable failure) {
        if (failure instanceof GraphError error) {
            return error;
        }
        if (failure instanceof WebApplicationException e) {
            return Downstream.error(e.getResponse(), feed.service);
        }
        return new GraphError.Unavailable(feed.service + " is unavailable", failure);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }

    /** A service's refusal as the GraphQL error it stands for. */
    private record Refusals(String service) implements ResponseExceptionMapper<RuntimeException> {
        @Override
        public RuntimeException toThrowable(Response response) {
            return Downstream.error(response, service);
        }
    }

    /** The service ended a stream that never ends by itself (it is shutting down): resume elsewhere or later. */
    private static final class StreamDropped extends RuntimeException {
        StreamDropped(Feed feed) {
            super(feed.service + " ended its change stream", null, false, false);
        }
    }
}
