package org.newsgraph.event.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsgraph.event.api.EventView;
import org.newsgraph.event.api.StoryInput;
import org.newsgraph.event.api.StoryLookup;
import org.newsgraph.event.api.StoryView;
import org.newsgraph.event.export.CsvExport;
import org.newsgraph.event.export.ICalendarExport;
import org.newsgraph.event.export.TimelineJsExport;
import org.newsgraph.event.service.StoryService;
import org.newsgraph.event.service.TimelineService;
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.paging.Page;
import org.newsgraph.platform.paging.PageRequest;
import org.newsgraph.platform.rest.Ids;
import org.newsgraph.platform.security.Roles;
import org.newsgraph.platform.time.TimeRules;
import org.newsgraph.platform.workflow.TransitionRequest;

@Path("/stories")
@Tag(name = "stories", description = "Stories and their timelines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class StoryResource {

    @Inject
    StoryService stories;

    @Inject
    TimelineService timelines;

    @GET
    @Operation(summary = "Stories the caller may see, newest first; slug= finds one by its slug")
    public Page<StoryView> list(@QueryParam("slug") String slug, @QueryParam("first") Integer first,
            @QueryParam("after") String after) {
        return stories.list(slug, PageRequest.of(first, after));
    }

    @GET
    @Path("/lookup")
    @Operation(summary = "Many stories by id in one call; ids unknown or not visible are listed as missing")
    public StoryLookup lookup(@QueryParam("ids") List<String> ids) {
        return stories.lookup(Ids.list(ids, "ids"));
    }

    @GET
    @Path("/{id}")
    public StoryView get(@PathParam("id") UUID id) {
        return stories.get(id);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every change to the story: who, when, and the story as it was; viewers see only the"
            + " revisions in which it was published or retracted")
    public List<Change<StoryView>> history(@PathParam("id") UUID id) {
        return stories.history(id);
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "The story's events in time order, filtered and paged; times rendered in zone= if given. "
            + "from/to are dates, local date-times (read in zone=, else UTC) or instants")
    public Page<EventView> timeline(@PathParam("id") UUID id, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("zone") String zone, @QueryParam("kind") List<String> kinds,
            @QueryParam("participantId") String participantId, @QueryParam("occurrence") String occurrence,
            @QueryParam("state") String state, @QueryParam("first") Integer first,
            @QueryParam("after") String after) {
        return timelines.timeline(id, Params.timeline(from, to, zone, kinds, participantId, occurrence, state),
                PageRequest.of(first, after));
    }

    @GET
    @Path("/{id}/as-of")
    @Operation(summary = "The story and its timeline as they were at a past instant (at=2025-08-16T00:00:00Z)")
    public TimelineService.AsOf asOf(@PathParam("id") UUID id, @QueryParam("at") String at,
            @QueryParam("zone") String zone) {
        Instant instant = Params.instant(at, "at");
        return timelines.asOf(id, instant, TimeRules.readerZone(zone, "zone"));
    }

    @GET
    @Path("/{id}/export/timelinejs")
    @Operation(summary = "The story's published events in TimelineJS JSON")
    public Object timelineJs(@PathParam("id") UUID id) {
        return TimelineJsExport.of(stories.get(id), timelines.published(id));
    }

    @GET
    @Path("/{id}/export/csv")
    @Produces("text/csv")
    @Operation(summary = "The story's published events as CSV")
    public Response csv(@PathParam("id") UUID id) {
        StoryView story = stories.get(id);
        return Response.ok(CsvExport.of(timelines.published(id)))
                .header("Content-Disposition", "attachment; filename=\"" + story.slug() + ".csv\"").build();
    }

    @GET
    @Path("/{id}/export/ics")
    @Produces("text/calendar")
    @Operation(summary = "The story's published events as iCalendar, local times with their TZID")
    public Response ics(@PathParam("id") UUID id) {
        StoryView story = stories.get(id);
        return Response.ok(ICalendarExport.of(story, timelines.published(id)))
                .header("Content-Disposition", "attachment; filename=\"" + story.slug() + ".ics\"").build();
    }

    @POST
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Open a story (as a draft)")
    public Response create(@NotNull @Valid StoryInput input) {
        StoryView created = stories.create(input);
        return Response.created(URI.create("/stories/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.REPORTER)
    public StoryView update(@PathParam("id") UUID id, @NotNull @Valid StoryInput input) {
        return stories.update(id, input);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Submit for review, withdraw, publish or retract (the role each needs is checked)")
    public StoryView move(@PathParam("id") UUID id, @NotNull @Valid TransitionRequest request) {
        return stories.move(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public void delete(@PathParam("id") UUID id) {
        stories.delete(id);
    }
}
