package org.newsgraph.event.rest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsgraph.event.api.EventView;
import org.newsgraph.event.api.TimelineFilter;
import org.newsgraph.event.api.Timelines;
import org.newsgraph.event.service.TimelinePages;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.paging.Page;
import org.newsgraph.platform.paging.PageRequest;
import org.newsgraph.platform.rest.Ids;
import org.newsgraph.platform.security.Roles;

@Path("/timelines")
@Tag(name = "timelines", description = "Pages of many timelines in one call")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class TimelineResource {

    @Inject
    TimelinePages pages;

    @GET
    @Operation(summary = "A page of the timeline of each of many stories (storyIds=), of each of many participants "
            + "(participantIds=) or of each of many places (placeIds=: the events held there), in one call: the events "
            + "each may see, in time order, with the same filters and paging as a story's timeline")
    public Timelines of(@QueryParam("storyIds") List<String> storyIds,
            @QueryParam("participantIds") List<String> participantIds,
            @QueryParam("placeIds") List<String> placeIds, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("zone") String zone, @QueryParam("kind") List<String> kinds,
            @QueryParam("participantId") String participantId, @QueryParam("occurrence") String occurrence,
            @QueryParam("state") String state, @QueryParam("first") Integer first,
            @QueryParam("after") String after) {
        Map<TimelinePages.Parent, List<String>> given = new EnumMap<>(TimelinePages.Parent.class);
        given.put(TimelinePages.Parent.STORY, storyIds);
        given.put(TimelinePages.Parent.PARTICIPANT, participantIds);
        given.put(TimelinePages.Parent.PLACE, placeIds);
        given.values().removeIf(ids -> ids == null || ids.isEmpty());
        if (given.size() != 1) {
            throw NewsgraphException.badInput("storyIds", "give one of storyIds, participantIds or placeIds");
        }
        TimelinePages.Parent parent = given.keySet().iterator().next();
        TimelineFilter filter = Params.timeline(from, to, zone, kinds, participantId, occurrence, state);
        Map<UUID, Page<EventView>> found = pages.of(parent, Ids.list(given.get(parent), parent.field), filter,
                PageRequest.of(first, after));
        return new Timelines(found.entrySet().stream()
                .map(e -> new Timelines.Timeline(e.getKey(), e.getValue().edges(), e.getValue().pageInfo())).toList());
    }
}
