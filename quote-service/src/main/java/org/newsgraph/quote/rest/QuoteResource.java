package org.newsgraph.quote.rest;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
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
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.error.Quoted;
import org.newsgraph.platform.paging.Page;
import org.newsgraph.platform.paging.PageRequest;
import org.newsgraph.platform.reference.MovedReferences;
import org.newsgraph.platform.reference.Referrers;
import org.newsgraph.platform.rest.Choices;
import org.newsgraph.platform.rest.Ids;
import org.newsgraph.platform.time.TimeLimits;
import org.newsgraph.platform.security.Roles;
import org.newsgraph.platform.workflow.TransitionRequest;
import org.newsgraph.platform.workflow.WorkflowState;
import org.newsgraph.quote.QuoteKind;
import org.newsgraph.quote.VerificationState;
import org.newsgraph.quote.api.AcceptRequest;
import org.newsgraph.quote.api.ExtractRequest;
import org.newsgraph.quote.api.Extraction;
import org.newsgraph.quote.api.QuoteGroups;
import org.newsgraph.quote.api.QuoteHit;
import org.newsgraph.quote.api.QuoteInput;
import org.newsgraph.quote.api.QuoteLookup;
import org.newsgraph.quote.api.QuoteView;
import org.newsgraph.quote.api.VerificationRequest;
import org.newsgraph.quote.search.SearchFilter;
import org.newsgraph.quote.service.ExtractionService;
import org.newsgraph.quote.service.QuoteService;
import org.newsgraph.quote.service.QuoteService.Parent;

@Path("/quotes")
@Tag(name = "quotes", description = "Who said what: quotes, their workflow, verification and history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class QuoteResource {

    @Inject
    QuoteService quotes;

    @Inject
    ExtractionService extraction;

    @GET
    @Operation(summary = "The quotes of many speakers, events or stories in one call (give exactly one of"
            + " speakerIds, eventIds, storyIds): per id, how many the caller may see and the newest `first` (default 20)")
    public QuoteGroups groups(@QueryParam("speakerIds") List<String> speakerIds,
            @QueryParam("eventIds") List<String> eventIds, @QueryParam("storyIds") List<String> storyIds,
            @QueryParam("first") Integer first) {
        int given = (isEmpty(speakerIds) ? 0 : 1) + (isEmpty(eventIds) ? 0 : 1) + (isEmpty(storyIds) ? 0 : 1);
        if (given != 1) {
            throw NewsgraphException.badInput("speakerIds", "give exactly one of speakerIds, eventIds or storyIds");
        }
        int size = first == null ? PageRequest.DEFAULT_SIZE : first;
        if (!isEmpty(speakerIds)) {
            return quotes.groups(Parent.SPEAKER, Ids.list(speakerIds, "speakerIds"), size);
        }
        if (!isEmpty(eventIds)) {
            return quotes.groups(Parent.EVENT, Ids.list(eventIds, "eventIds"), size);
        }
        return quotes.groups(Parent.STORY, Ids.list(storyIds, "storyIds"), size);
    }

    @GET
    @Path("/lookup")
    @Operation(summary = "Many quotes by id in one call, in the order asked; unknown ids and drafts a viewer"
            + " may not see are listed in `missing`")
    public QuoteLookup lookup(@QueryParam("ids") List<String> ids) {
        return quotes.lookup(Ids.list(ids, "ids"));
    }

    @GET
    @Path("/references")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Which quotes (drafts too) name any of these entities (entityIds=) as speaker or as the one"
            + " a question was put to: per entity, how many and a few of them. entity-service asks before it deletes one")
    public Referrers references(@QueryParam("entityIds") List<String> entityIds) {
        return quotes.referrers(Ids.list(entityIds, "entityIds"));
    }

    @POST
    @Path("/references/merged")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "After a merge: quotes (drafts too) naming any of these entities (entityIds=) as speaker or as"
            + " the one a question was put to name the record it was merged into, as the caller's edit. Only ids"
            + " entity-service answers as merged move; entity-service asks this after each merge")
    public MovedReferences referencesMerged(@QueryParam("entityIds") List<String> entityIds) {
        return quotes.followMerges(Ids.list(entityIds, "entityIds"));
    }

    @GET
    @Path("/search")
    @Operation(summary = "Full-text search, ranked, with highlighted snippets; filters by speaker, story, event,"
            + " kind, state, verification and date range (from inclusive, to exclusive; dates are UTC days);"
            + " `language` (en, ru, de…) parses the words with that language's stemmer (default: English and Russian)."
            + " Without q: the filtered quotes, newest first")
    public Page<QuoteHit> search(@QueryParam("q") String q, @QueryParam("language") String language,
            @QueryParam("speakerId") String speakerId,
            @QueryParam("storyId") String storyId, @QueryParam("eventId") String eventId,
            @QueryParam("kind") String kind, @QueryParam("state") String state,
            @QueryParam("verification") String verification, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("first") Integer first, @QueryParam("after") String after) {
        if (q != null && q.length() > 500) {
            throw NewsgraphException.badInput("q", "q is at most 500 characters");
        }
        if (language != null && !language.isBlank() && !language.strip().matches(QuoteInput.LANGUAGE_TAG)) {
            throw NewsgraphException.badInput("language",
                    Quoted.of(language.strip()) + " is not a language tag such as en or ru");
        }
        Instant fromInstant = instant(from, "from", false);
        Instant toInstant = instant(to, "to", true);
        TimeLimits.requireOrdered(fromInstant, toInstant);
        WorkflowState wanted = Choices.one(WorkflowState.class, state, "state");
        SearchFilter filter = new SearchFilter(q, language == null || language.isBlank() ? null : language.strip(),
                Ids.one(speakerId, "speakerId"), Ids.one(storyId, "storyId"),
                Ids.one(eventId, "eventId"), Choices.one(QuoteKind.class, kind, "kind"), wanted == null ? null : Set.of(wanted),
                Choices.one(VerificationState.class, verification, "verification"), fromInstant, toInstant);
        return quotes.search(filter, PageRequest.of(first, after));
    }

    @POST
    @Path("/extract")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Find candidate quotes in pasted article text: words, kind, context, offsets, a speaker"
            + " guess with its confidence, times mentioned near it. Stores nothing")
    public Extraction extract(@NotNull @Valid ExtractRequest request) {
        return extraction.extract(request);
    }

    @POST
    @Path("/accept")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Store accepted (possibly edited) candidates as DRAFT quotes citing the article, all or"
            + " none; their ids are checked like any quote's")
    @APIResponse(responseCode = "201", description = "The drafts, in the order sent")
    public Response accept(@NotNull @Valid AcceptRequest request) {
        return Response.status(Response.Status.CREATED).entity(extraction.accept(request)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One quote; drafts only for reporters and up")
    @APIResponse(responseCode = "404", description = "No such quote, or a draft the caller may not see")
    public QuoteView get(@PathParam("id") UUID id) {
        return quotes.get(id);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every change to the quote (including verification): who, when, and the quote as it was;"
            + " viewers see only the revisions in which it was published or retracted")
    public List<Change<QuoteView>> history(@PathParam("id") UUID id) {
        return quotes.history(id);
    }

    @POST
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Record a quote as a DRAFT; speaker, event and story ids are checked with their services")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Bad input, or an id no service knows; the problem names the field")
    @APIResponse(responseCode = "503", description = "entity-service or event-service could not check the ids;"
            + " nothing was stored")
    public Response create(@NotNull @Valid QuoteInput input) {
        QuoteView created = quotes.create(input);
        return Response.created(URI.create("/quotes/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Edit a quote; send the version the edit is based on. Published and retracted quotes:"
            + " editors only, and they keep what publishing required (a source, a speaker, a public story and event)")
    @APIResponse(responseCode = "400", description = "Bad input, or the edit would take from a published quote what"
            + " publishing required; the problem names the field")
    @APIResponse(responseCode = "409", description = "The version is stale (the problem carries the current one)")
    public QuoteView update(@PathParam("id") UUID id, @NotNull @Valid QuoteInput input) {
        return quotes.update(id, input);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Move the quote in the workflow: reporters submit (IN_REVIEW) and withdraw (DRAFT);"
            + " editors publish (needs a source and a speaker) and retract (needs a reason)")
    @APIResponse(responseCode = "403", description = "The caller's role may not make this move")
    @APIResponse(responseCode = "400", description = "No such move from the current state (field `to`), a retraction"
            + " without its reason, or publishing a quote without a source or speaker, or inside a story or event"
            + " that is not public (the problem names the field)")
    @APIResponse(responseCode = "409", description = "The version is stale (the problem carries the current one)")
    public QuoteView transition(@PathParam("id") UUID id, @NotNull @Valid TransitionRequest request) {
        return quotes.transition(id, request);
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Set the verification (UNVERIFIED, VERIFIED, DISPUTED, FALSE) with a note saying why;"
            + " the history keeps every verdict with who set it and when")
    public QuoteView verify(@PathParam("id") UUID id, @NotNull @Valid VerificationRequest request) {
        return quotes.verify(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete for good (a wrong quote is normally retracted instead)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        quotes.delete(id);
    }

    // ---- parameters -----------------------------------------------------------------------

    private static boolean isEmpty(List<String> values) {
        return values == null || values.stream().allMatch(String::isBlank);
    }

    /** An ISO instant, or a date meaning that UTC day (its start for from; the next day's start for to). */
    private static Instant instant(String value, String field, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TimeLimits.require(Instant.parse(value.strip()), field);
        } catch (DateTimeException notAnInstant) {
            try {
                LocalDate date = TimeLimits.require(LocalDate.parse(value.strip()), field);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeException e) {
                throw NewsgraphException.badInput(field, Quoted.of(value.strip())
                        + " is neither a date (2025-08-15) nor an instant (2025-08-15T19:30:00Z)");
            }
        }
    }
}
