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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsgraph.entity.api.AffiliationInput;
import org.newsgraph.entity.api.AffiliationView;
import org.newsgraph.entity.api.RoleHolder;
import org.newsgraph.entity.service.AffiliationService;
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.rest.Ids;
import org.newsgraph.platform.security.Roles;

@Path("/affiliations")
@Tag(name = "affiliations", description = "A person's titles at organisations over time")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class AffiliationResource {

    @Inject
    AffiliationService affiliations;

    @GET
    @Operation(summary = "Every affiliation of many people in one call (current or not; each says which)")
    public List<AffiliationView> ofPeople(@QueryParam("personIds") List<String> personIds) {
        return affiliations.ofPeopleViews(Ids.list(personIds, "personIds"));
    }

    @GET
    @Path("/holders")
    @Operation(summary = "Who currently holds each role (words of a title, optionally @nationality), in one call")
    public List<RoleHolder> holders(@QueryParam("roles") List<String> roles) {
        return affiliations.holders(roles);
    }

    @GET
    @Path("/{id}")
    public AffiliationView get(@PathParam("id") UUID id) {
        return affiliations.get(id);
    }

    @GET
    @Path("/{id}/history")
    public List<Change<AffiliationView>> history(@PathParam("id") UUID id) {
        return affiliations.history(id);
    }

    @POST
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Record a person's title at an organisation")
    public Response create(@NotNull @Valid AffiliationInput input) {
        AffiliationView created = affiliations.create(input);
        return Response.created(URI.create("/affiliations/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Edit an affiliation (e.g. set the date it ended); send its version")
    public AffiliationView update(@PathParam("id") UUID id, @NotNull @Valid AffiliationInput input) {
        return affiliations.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete an affiliation for good")
    public void delete(@PathParam("id") UUID id) {
        affiliations.delete(id);
    }
}
