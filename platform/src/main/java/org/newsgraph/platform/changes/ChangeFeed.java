package org.newsgraph.platform.changes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A service's committed changes as streams: each stream first reads what it missed from the
 * outbox (from a sequence number), then gets every new change as it commits.
 *
 * <p>One connection LISTENs for the outbox's NOTIFY; each notification makes the feed read the
 * rows after the last one it read, once for all streams, and hand them to each. NOTIFY is not
 * durable (a notification sent while the connection is being re-established is lost), so the
 * feed also reads again when the LISTEN is back and every {@code newsgraph.changes.poll-interval}.
 * It connects with the service's own datasource settings.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.hibernate-orm.enabled", stringValue = "true", enableIfMissing = true)
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);

    /** Rows per read. */
    static final int PAGE = 500;

    private static final String COLUMNS = "seq, record_type, record_id, story_id, version, kind, state, was_public,"
            + " is_public, refs, username, at";
    private static final String ALL_AFTER = "SELECT " + COLUMNS + " FROM change_outbox WHERE seq > $1 ORDER BY seq LIMIT $2";
    private static final String STORY_AFTER = "SELECT " + COLUMNS + " FROM change_outbox WHERE story_id = $3 AND seq > $1"
            + " ORDER BY seq LIMIT $2";

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "newsgraph.changes.poll-interval", defaultValue = "5s")
    Duration pollInterval;

    private Pool pool;
    private PgSubscriber subscriber;
    private long poller = -1;
    /** The last change read and handed to the streams. */
    private volatile long head;
    private final Set<Follower> followers = ConcurrentHashMap.newKeySet();
    private boolean reading;
    private boolean readAgain;
    /** Guards the reads of the last number: the calls waiting for the next read, and whether one runs. */
    private final Object heads = new Object();
    private CompletableFuture<Long> nextHead;
    private boolean readingHead;
    private Counter headReads;

    void start(@Observes StartupEvent event) {
        PgConnectOptions options = connectOptions();
        pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(4)).connectingTo(options).using(vertx).build();
        headReads = Counter.builder("newsgraph.changes.head.reads")
                .description("Reads of the last committed change's number (one answers every call made before it)")
                .register(meters);
        head = lastCommitted().await().atMost(Duration.ofSeconds(30));
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempts -> 1000L);
        subscriber.channel(Outbox.CHANNEL).subscribeHandler(this::readNew).handler(seq -> readNew());
        listen();
        poller = vertx.setPeriodic(pollInterval.toMillis(), id -> readNew());
        Gauge.builder("newsgraph.changes.streams", followers, Set::size)
                .description("Change streams open (GET /changes)").register(meters);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller >= 0) {
            vertx.cancelTimer(poller);
        }
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
        if (pool != null) {
            pool.closeAndForget();
        }
    }

    /**
     * The number of the last committed change (0 before the first), read after the call. One read at
     * a time answers every call made before it started: a hundred readers opening a story at once
     * (each subscription asks at its start, and each of its streams) are a few reads, not a hundred
     * queued on the feed's four connections behind the streams' own reads.
     */
    public Uni<Long> lastCommitted() {
        CompletableFuture<Long> answer;
        boolean start;
        synchronized (heads) {
            if (nextHead == null) {
                nextHead = new CompletableFuture<>();
            }
            answer = nextHead;
            start = !readingHead;
            if (start) {
                readingHead = true;
                nextHead = null;
            }
        }
        if (start) {
            readHead(answer);
        }
        return Uni.createFrom().completionStage(answer);
    }

    /** Reads the last number for the calls waiting on {@code answer}, then for those that called meanwhile. */
    private void readHead(CompletableFuture<Long> answer) {
        headReads.increment();
        pool.query("SELECT coalesce(max(seq), 0) FROM change_outbox").execute()
                .map(rows -> rows.iterator().next().getLong(0))
                .subscribe().with(answer::complete, answer::completeExceptionally);
        answer.whenComplete((seq, failure) -> {
            CompletableFuture<Long> waiting;
            synchronized (heads) {
                waiting = nextHead;
                nextHead = null;
                readingHead = waiting != null;
            }
            if (waiting != null) {
                readHead(waiting);
            }
        });
    }

    /**
     * The changes after {@code after} (of one story, if {@code storyId} is given), oldest first,
     * then each new one as it commits; each once. Ends when the subscriber cancels.
     */
    public Multi<LoggedChange> follow(long after, UUID storyId) {
        return Multi.createFrom().emitter(emitter -> {
            Follower follower = new Follower(emitter, after, storyId);
            followers.add(follower);
            emitter.onTermination(() -> followers.remove(follower));
            follower.catchUp();
        });
    }

    private void listen() {
        subscriber.connect().subscribe().with(connected -> LOG.debug("listening for changes"), failure -> {
            LOG.warnf("cannot LISTEN for changes yet (%s); trying again in 1 s, reading every %s meanwhile",
                    failure.getMessage(), pollInterval);
            vertx.setTimer(1000, id -> listen());
        });
    }

    /** Reads the changes committed since the last read and hands them to every stream; one read at a time. */
    private void readNew() {
        synchronized (this) {
            if (reading) {
                readAgain = true;
                return;
            }
            reading = true;
            readAgain = false;
        }
        read(head, null).subscribe().with(changes -> {
            for (LoggedChange change : changes) {
                head = change.seq();
                followers.forEach(follower -> follower.offer(change));
            }
            boolean again;
            synchronized (this) {
                reading = false;
                again = readAgain || changes.size() == PAGE;
            }
            if (again) {
                readNew();
            }
        }, failure -> {
            LOG.debugf("reading new changes failed (%s); the next notification or poll reads again", failure.getMessage());
            synchronized (this) {
                reading = false;
            }
        });
    }

    private Uni<List<LoggedChange>> read(long after, UUID storyId) {
        var query = storyId == null
                ? pool.preparedQuery(ALL_AFTER).execute(Tuple.of(after, PAGE))
                : pool.preparedQuery(STORY_AFTER).execute(Tuple.of(after, PAGE, storyId));
        return query.map(rows -> {
            List<LoggedChange> changes = new ArrayList<>(rows.size());
            rows.forEach(row -> changes.add(loggedChange(row)));
            return changes;
        });
    }

    private static LoggedChange loggedChange(Row row) {
        PublishedChange change = new PublishedChange(row.getLong("seq"), RecordType.valueOf(row.getString("record_type")),
                row.getUUID("record_id"), row.getUUID("story_id"), row.getLong("version"),
                ChangeKind.valueOf(row.getString("kind")), row.getString("state"), row.getString("username"),
                row.getOffsetDateTime("at").toInstant(), Arrays.asList(row.getArrayOfUUIDs("refs")));
        return new LoggedChange(change, row.getBoolean("was_public"), row.getBoolean("is_public"));
    }

    /** The datasource's JDBC URL and credentials, for the reactive client. */
    private PgConnectOptions connectOptions() {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("the change feed needs a PostgreSQL datasource, not " + jdbcUrl);
        }
        PgConnectOptions options = PgConnectOptions.fromUri(jdbcUrl.substring("jdbc:".length()));
        options.setUser(username);
        password.ifPresent(options::setPassword);
        return options;
    }

    /** One stream: catches up from the outbox, keeping what arrives meanwhile, then follows live. */
    private final class Follower {

        private final MultiEmitter<? super LoggedChange> emitter;
        private final UUID storyId;
        private long delivered;
        /** Changes that arrived while catching up; null once live. */
        private List<LoggedChange> waiting = new ArrayList<>();

        Follower(MultiEmitter<? super LoggedChange> emitter, long after, UUID storyId) {
            this.emitter = emitter;
            this.delivered = after;
            this.storyId = storyId;
        }

        synchronized void offer(LoggedChange change) {
            if (storyId != null && !storyId.equals(change.change().storyId())) {
                return;
            }
            if (waiting != null) {
                waiting.add(change);
            } else {
                deliver(change);
            }
        }

        void catchUp() {
            long from;
            synchronized (this) {
                from = delivered;
            }
            read(from, storyId).subscribe().with(changes -> {
                if (emitter.isCancelled()) {
                    return;
                }
                synchronized (this) {
                    changes.forEach(this::deliver);
                    if (changes.size() < PAGE) {
                        waiting.forEach(this::deliver);
                        waiting = null;
                        return;
                    }
                }
                catchUp();
            }, emitter::fail);
        }

        /** Each change once, in order: a change read both from the outbox and live goes out once. */
        private void deliver(LoggedChange change) {
            if (change.seq() > delivered) {
                delivered = change.seq();
                emitter.emit(change);
            }
        }
    }
}
