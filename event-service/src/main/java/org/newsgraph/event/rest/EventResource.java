package org.newsgraph.event.rest;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsgraph.event.api.EventInput;
import org.newsgraph.event.api.EventLookup;
import org.newsgraph.event.api.EventView;
import org.newsgraph.event.service.EventService;
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.reference.MovedReferences;
import org.newsgraph.platform.reference.Referrers;
import org.newsgraph.platform.rest.Ids;
import org.newsgraph.platform.security.Roles;
import org.newsgraph.platform.time.TimeRules;
import org.newsgraph.platform.workflow.TransitionRequest;

@Path("/events")
@Tag(name = "events", description = "Timeline events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class EventResource {

    @Inject
    EventService events;

    @GET
    @Path("/lookup")
    @Operation(summary = "Many events by id in one call; ids unknown or not visible are listed as missing")
    public EventLookup lookup(@QueryParam("ids") List<String> ids, @QueryParam("zone") String zone) {
        return events.lookup(Ids.list(ids, "ids"), TimeRules.readerZone(zone, "zone"));
    }

    @GET
    @Path("/references")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Which events (drafts too) name any of these entities (entityIds=) as participant or place:"
            + " per entity, how many and a few of them. entity-service asks before it deletes one")
    public Referrers references(@QueryParam("entityIds") List<String> entityIds) {
        return events.referrers(Ids.list(entityIds, "entityIds"));
    }

    @POST
    @Path("/references/merged")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "After a merge: events (drafts too) naming any of these entities (entityIds=) as participant"
            + " or place name the record it was merged into, as the caller's edit. Only ids entity-service answers"
            + " as merged move; entity-service asks this after each merge")
    public MovedReferences referencesMerged(@QueryParam("entityIds") List<String> entityIds) {
        return events.followMerges(Ids.list(entityIds, "entityIds"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One event; zone= renders its time in another zone")
    @APIResponse(responseCode = "404", description = "No such event, or a draft the caller may not see")
    public EventView get(@PathParam("id") UUID id, @QueryParam("zone") String zone) {
        return events.get(id, TimeRules.readerZone(zone, "zone"));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every change to the event: who, when, and the event as it was; viewers see only the"
            + " revisions in which it was published or retracted")
    public List<Change<EventView>> history(@PathParam("id") UUID id) {
        return events.history(id);
    }

    @POST
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Add an event to a story (as a draft); participants and place are checked with entity-service")
    @APIResponse(responseCode = "503", description = "entity-service cannot be reached; nothing was stored")
    public Response create(@NotNull @Valid EventInput input) {
        EventView created = events.create(input);
        return Response.created(URI.create("/events/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.REPORTER)
    public EventView update(@PathParam("id") UUID id, @NotNull @Valid EventInput input) {
        return events.update(id, input);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Submit for review, withdraw, publish or retract (the role each needs is checked)")
    public EventView move(@PathParam("id") UUID id, @NotNull @Valid TransitionRequest request) {
        return events.move(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public void delete(@PathParam("id") UUID id) {
        events.delete(id);
    }
}
