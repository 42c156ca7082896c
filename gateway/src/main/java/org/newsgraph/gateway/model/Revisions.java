package org.newsgraph.gateway.model;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.gateway.model.Enums.ChangeKind;

/** Records' histories: each change with its revision, time, user, and the record as it was after it. */
public final class Revisions {

    private Revisions() {
    }

    /** Makes one of the schema's revision types from a service's change. */
    @FunctionalInterface
    public interface Maker<T, C> {
        C make(int revision, Instant at, String user, ChangeKind kind, T snapshot);
    }

    /** A service's history (platform's {@code Change}s) as the schema's revision type. */
    public static <T, C> List<C> of(List<org.newsgraph.platform.audit.Change<T>> history, Maker<T, C> maker) {
        return history.stream().map(c -> maker.make((int) c.revision(), c.at(), c.user(),
                ChangeKind.valueOf(c.kind().name()), c.snapshot())).toList();
    }

    @Type("StoryRevision")
    public record StoryRevision(int revision, @NonNull Instant at, @NonNull String user, @NonNull ChangeKind kind,
            @Description("The story as it was after the change (null once deleted)") Story snapshot) {
    }

    @Type("EventRevision")
    public record EventRevision(int revision, @NonNull Instant at, @NonNull String user, @NonNull ChangeKind kind,
            @Description("The event as it was after the change (null once deleted)") Event snapshot) {
    }

    @Type("EntityRevision")
    public record EntityRevision(int revision, @NonNull Instant at, @NonNull String user, @NonNull ChangeKind kind,
            @Description("The record as it was after the change (null once deleted)") Entity snapshot) {
    }

    @Type("QuoteRevision")
    public record QuoteRevision(int revision, @NonNull Instant at, @NonNull String user, @NonNull ChangeKind kind,
            @Description("The quote as it was after the change (null once deleted)") Quote snapshot) {
    }

    @Type("StorySnapshot")
    public record StorySnapshot(@NonNull Instant asOf, int revision, @NonNull Story story,
            @NonNull List<@NonNull Event> timeline) {
    }
}
