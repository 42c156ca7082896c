package org.newsgraph.event.api;

import java.util.List;
import java.util.UUID;

import org.newsgraph.platform.paging.Page;

/**
 * A page of the timeline of each story (or each participant) asked for, in the order asked: one
 * call for many parents, each page filtered and paged alike.
 */
public record Timelines(List<Timeline> timelines) {

    /** The page of one parent's timeline: its events in time order, with their cursors. */
    public record Timeline(UUID id, List<Page.Edge<EventView>> edges, Page.PageInfo pageInfo) {
    }
}
