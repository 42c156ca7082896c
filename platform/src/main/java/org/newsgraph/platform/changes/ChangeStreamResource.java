package org.newsgraph.platform.changes;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.resteasy.reactive.server.EndpointDisabled;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.TimeoutException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.rest.Ids;
import org.newsgraph.platform.security.CurrentUser;
import org.newsgraph.platform.security.Roles;

/**
 * Every service's change stream, written once: {@code GET /changes} (server-sent events) and
 * {@code GET /changes/position}. The gateway follows these for {@code subscription storyChanges}.
 * A module that stores nothing (the gateway, with Hibernate ORM off) has neither.
 */
@Path("/changes")
@Tag(name = "changes", description = "Committed changes, as they happen (live updates)")
@RolesAllowed(Roles.VIEWER)
@EndpointDisabled(name = "quarkus.hibernate-orm.enabled", stringValue = "false")
@IfBuildProperty(name = "quarkus.hibernate-orm.enabled", stringValue = "true", enableIfMissing = true)
public class ChangeStreamResource {

    @Inject
    ChangeFeed feed;

    @Inject
    CurrentUser user;

    @Inject
    Instance<StoryReferences> storyReferences;

    @ConfigProperty(name = "newsgraph.changes.heartbeat", defaultValue = "15s")
    Duration heartbeat;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "The committed changes after the change numbered `after` (of one story with storyId),"
            + " then each new one as it commits: server-sent events named `change` with the change as JSON and its"
            + " number as id, and a comment every 15 s. Without `after`, from now. A viewer gets only changes to"
            + " what a viewer may see")
    public Multi<OutboundSseEvent> stream(@QueryParam("after") String after, @QueryParam("storyId") String storyId,
            @Context Sse sse) {
        UUID story = Ids.one(storyId, "storyId");
        long last = lastCommitted();
        long from = after == null || after.isBlank() ? last : sequenceNumber(after, last);
        boolean newsroom = user.hasRole(Roles.REPORTER);
        Multi<OutboundSseEvent> changes = feed.follow(from, story)
                .onItem().transformToIterable(change -> change.seenBy(newsroom).stream().toList())
                .map(change -> sse.newEventBuilder().name("change").id(Long.toString(change.seq()))
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(PublishedChange.class, change).build());
        // keeps proxies from closing a quiet stream, and lets the other end notice a dead one
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(heartbeat).onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        return Multi.createBy().merging().streams(changes, heartbeats);
    }

    @GET
    @Path("/position")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The number of the last committed change and, with storyId, the entities each record of"
            + " that story the caller may see refers to; follow /changes?after= that number to miss nothing")
    public FeedPosition position(@QueryParam("storyId") String storyId) {
        UUID story = Ids.one(storyId, "storyId");
        long last = lastCommitted();
        Map<UUID, List<UUID>> references = story == null || !storyReferences.isResolvable() ? Map.of()
                : storyReferences.get().of(story);
        return new FeedPosition(last, references);
    }

    /** The number of the last committed change; 503 if the feed cannot say within 10 s (it is busy: ask again). */
    private long lastCommitted() {
        try {
            return feed.lastCommitted().await().atMost(Duration.ofSeconds(10));
        } catch (TimeoutException e) {
            throw NewsgraphException.unavailable("the change feed did not say where it stands in time;"
                    + " ask again shortly", e);
        }
    }

    /** A number this stream gave out: not past the last committed change (a cursor of another database is). */
    private static long sequenceNumber(String after, long last) {
        long seq;
        try {
            seq = Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            throw NewsgraphException.badInput("after", "after is the number of a change, not '" + after.strip() + "'");
        }
        if (seq < 0 || seq > last) {
            throw NewsgraphException.badInput("after", "no change numbered " + seq + " was published here (the last is "
                    + last + ")");
        }
        return seq;
    }
}
