package org.newsgraph.gateway.model;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.gateway.model.Enums.ChangeKind;

/** Records' histories: each change with its revision, time, user, and the record as it was after it. */
public final class Changes {

    private Changes() {
    }

    /** Makes one of the schema's change types from a service's change. */
    @FunctionalInterface
    public interface Maker<T, C> {
        C make(int revision, Instant at, String user, ChangeKind kind, T snapshot);
    }

    /** A service's history (platform's {@code Change}s) as the schema's change type. */
    public static <T, C> List<C> of(List<org.newsgraph.platform.audit.Change<T>> history, Maker<T, C> maker) {
        return history.stream().map(c -> maker.make((int) c.revision(), c.at(), c.user(),
                ChangeKind.valueOf(c.kind().name()), c.snapshot())).toList();
    }

    @Type("StoryRevision")
    public record StoryChange(int revision, Instant at, String user, ChangeKind kind, Story snapshot) {
    }

    @Type("EventRevision")
    public record EventChange(int revision, Instant at, String user, ChangeKind kind, Event snapshot) {
    }

    @Type("EntityRevision")
    public record EntityChange(int revision, Instant at, String user, ChangeKind kind, Entity snapshot) {
    }

    @Type("StorySnapshot")
    public record StorySnapshot(Instant asOf, int revision, Story story, List<Event> timeline) {
    }
}
