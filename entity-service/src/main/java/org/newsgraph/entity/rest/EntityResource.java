package org.newsgraph.entity.rest;

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
import org.newsgraph.entity.EntityKind;
import org.newsgraph.entity.api.ArchiveRequest;
import org.newsgraph.entity.api.EntityInput;
import org.newsgraph.entity.api.EntityLookup;
import org.newsgraph.entity.api.EntityView;
import org.newsgraph.entity.api.MergeRequest;
import org.newsgraph.entity.client.ReferencesElsewhere;
import org.newsgraph.entity.service.EntityService;
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.paging.Page;
import org.newsgraph.platform.paging.PageRequest;
import org.newsgraph.platform.rest.Choices;
import org.newsgraph.platform.rest.Ids;
import org.newsgraph.platform.security.Roles;

@Path("/entities")
@Tag(name = "entities", description = "People, organisations, places and delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class EntityResource {

    @Inject
    EntityService entities;

    @Inject
    ReferencesElsewhere elsewhere;

    @GET
    @Operation(summary = "List active records by name, optionally of one kind (merged and archived ones are hidden)")
    public Page<EntityView> list(@QueryParam("kind") String kind, @QueryParam("first") Integer first,
            @QueryParam("after") String after) {
        return entities.list(Choices.one(EntityKind.class, kind, "kind"), PageRequest.of(first, after));
    }

    @GET
    @Path("/search")
    @Operation(summary = "Find records by name or alias: case-, accent- and typo-tolerant, ranked")
    public Page<EntityView> search(@QueryParam("q") String q, @QueryParam("kind") String kind,
            @QueryParam("first") Integer first, @QueryParam("after") String after) {
        return entities.search(q, Choices.one(EntityKind.class, kind, "kind"), PageRequest.of(first, after));
    }

    @GET
    @Path("/lookup")
    @Operation(summary = "Many records by id in one call, in the order asked; merged ids answer with their survivor")
    public EntityLookup lookup(@QueryParam("ids") List<String> ids) {
        return entities.lookup(Ids.list(ids, "ids"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One record by id, also when merged (mergedInto) or archived")
    @APIResponse(responseCode = "404", description = "No record with this id")
    public EntityView get(@PathParam("id") UUID id) {
        return entities.get(id);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every change to the record: who, when, and the record as it was")
    public List<Change<EntityView>> history(@PathParam("id") UUID id) {
        return entities.history(id);
    }

    @POST
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Create a person, organisation, place or delegation")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Bad input; the problem names the field")
    public Response create(@NotNull @Valid EntityInput input) {
        EntityView created = entities.create(input);
        return Response.created(URI.create("/entities/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Edit a record; send the version the edit is based on")
    @APIResponse(responseCode = "409", description = "The version is stale; the problem carries the current one")
    public EntityView update(@PathParam("id") UUID id, @NotNull @Valid EntityInput input) {
        return entities.update(id, input);
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Merge this duplicate into a survivor; returns the survivor. Events and quotes that named the"
            + " duplicate then name the survivor (event-service and quote-service are told once the merge is stored);"
            + " merging again into the same survivor changes nothing here and tells them again")
    @APIResponse(responseCode = "503", description = "Merged, but event-service or quote-service could not be told;"
            + " merge again to finish")
    public EntityView merge(@PathParam("id") UUID id, @NotNull @Valid MergeRequest request) {
        EntityView survivor = entities.merge(id, request);
        // the duplicate and any record merged into the survivor before, whose references may predate the telling
        elsewhere.followMerge(entities.mergedInto(survivor.id()));
        return survivor;
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Hide a record from lists and search; it stays readable by id")
    public EntityView archive(@PathParam("id") UUID id, @NotNull @Valid ArchiveRequest request) {
        return entities.archive(id, request, true);
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Bring an archived record back into lists and search")
    public EntityView restore(@PathParam("id") UUID id, @NotNull @Valid ArchiveRequest request) {
        return entities.archive(id, request, false);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete for good; refused while anything refers to the record: affiliations, delegations"
            + " and merged duplicates here, events in event-service, quotes in quote-service (asked once each)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Still referred to; the problem says by what")
    @APIResponse(responseCode = "503", description = "event-service or quote-service could not be asked; nothing was deleted")
    public void delete(@PathParam("id") UUID id) {
        entities.delete(id);
    }
}
