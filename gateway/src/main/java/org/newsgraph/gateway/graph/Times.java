package org.newsgraph.gateway.graph;

import graphql.execution.ExecutionStepInfo;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.gateway.model.RenderedTime;
import org.newsgraph.gateway.model.SourceTime;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.time.ResolvedTime;
import org.newsgraph.platform.time.TimeRules;

/** Showing a source's time in a reader's zone, with platform's TimeRules (pure; no call to a service). */
final class Times {

    private Times() {
    }

    /** A reader's zone: an IANA name, or null for "not given"; anything else is bad input naming zone. */
    static String zone(String zone) {
        try {
            return TimeRules.readerZone(zone, "zone");
        } catch (NewsgraphException notAZone) {
            throw new GraphError.BadUserInput(notAZone.getMessage(), "zone");
        }
    }

    /**
     * The zone a time is shown in: the field's own {@code zone}, else the nearest one given on a field
     * above it (a list's zone is the default for the events in it), else null (the time's own zone).
     */
    static String readerZone(String zone, Context context) {
        if (zone != null) {
            return zone(zone);
        }
        ExecutionStepInfo step = context.unwrap(DataFetchingEnvironment.class).getExecutionStepInfo().getParent();
        for (; step != null; step = step.getParent()) {
            if (step.getArgument("zone") instanceof String above) {
                return zone(above);
            }
        }
        return null;
    }

    /** The start, in {@code zone} (or the time's own zone when null). */
    static RenderedTime start(SourceTime time, String zone, String what) {
        if (time == null) {
            return null;
        }
        ResolvedTime resolved = resolve(time, what);
        return RenderedTime.of(TimeRules.render(resolved, zone == null ? time.zone() : zone, "zone"),
                resolved.precision().hasTime() ? resolved.start() : null);
    }

    /** The end, for a timed event whose source gave one. */
    static RenderedTime end(SourceTime time, String zone, String what) {
        if (time == null) {
            return null;
        }
        ResolvedTime resolved = resolve(time, what);
        if (resolved.end() == null || !resolved.precision().hasTime()) {
            return null;
        }
        ResolvedTime ending = new ResolvedTime(resolved.reported(), resolved.end(), null, resolved.end(),
                resolved.end());
        return RenderedTime.of(TimeRules.render(ending, zone == null ? time.zone() : zone, "zone"), resolved.end());
    }

    private static ResolvedTime resolve(SourceTime time, String what) {
        try {
            return TimeRules.resolve(time.reported(), "time");
        } catch (NewsgraphException e) {
            throw new GraphError.Unavailable(what + " has a time the gateway cannot read", e);
        }
    }
}
