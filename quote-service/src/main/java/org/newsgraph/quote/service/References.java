package org.newsgraph.quote.service;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.newsgraph.platform.reference.ReferenceChecker;
import org.newsgraph.platform.reference.Resolved;
import org.newsgraph.platform.workflow.WorkflowState;
import org.newsgraph.quote.client.EntityServiceClient;
import org.newsgraph.quote.client.EntityServiceClient.EntityRef;
import org.newsgraph.quote.client.EventServiceClient;
import org.newsgraph.quote.client.EventServiceClient.EventRef;
import org.newsgraph.quote.client.EventServiceClient.StoryRef;

/**
 * Checks the ids a write refers to with one batch call per service, as the caller, through
 * platform's ReferenceChecker: a service that is down, failing or too slow makes the write fail
 * with 503, and a reference is never accepted unchecked.
 */
@ApplicationScoped
public class References {

    @Inject
    ReferenceChecker checker;

    @Inject
    @RestClient
    EntityServiceClient entityService;

    @Inject
    @RestClient
    EventServiceClient eventService;

    /** What the services answered for a set of ids. */
    public record Checked(Resolved<EntityRef> entities, Resolved<EventRef> events, Set<UUID> stories,
            Set<UUID> missingStories) {
    }

    /**
     * Looks the ids up: entities in one call to entity-service; events in one call to
     * event-service, and stories in one more only for story ids that no looked-up event vouches for.
     */
    public Checked check(Collection<UUID> entityIds, Collection<UUID> eventIds, Collection<UUID> storyIds) {
        Resolved<EntityRef> entities = checker.resolve(EntityServiceClient.SERVICE, entityIds, entityService::lookup);
        Resolved<EventRef> events = checker.resolve(EventServiceClient.SERVICE, eventIds, eventService::events);
        Set<UUID> vouched = events.byId().values().stream().map(EventRef::storyId).collect(Collectors.toSet());
        Set<UUID> toCheck = storyIds.stream().filter(id -> !vouched.contains(id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Resolved<StoryRef> looked = checker.resolve(EventServiceClient.SERVICE, toCheck, eventService::stories);
        Set<UUID> stories = new LinkedHashSet<>(vouched);
        stories.addAll(looked.byId().keySet());
        return new Checked(entities, events, stories, looked.missing());
    }

    /**
     * A quote's event and story as the caller sees them now, to check that both are public: one
     * call for the event and one for the story (an id is null when the quote has none).
     */
    public Parents parents(UUID eventId, UUID storyId) {
        Parent event = null;
        if (eventId != null) {
            Resolved<EventRef> events = checker.resolve(EventServiceClient.SERVICE, List.of(eventId),
                    eventService::events);
            event = new Parent(eventId, events.isMissing(eventId) ? null : events.get(eventId).state());
        }
        Parent story = null;
        if (storyId != null) {
            Resolved<StoryRef> stories = checker.resolve(EventServiceClient.SERVICE, List.of(storyId),
                    eventService::stories);
            story = new Parent(storyId, stories.isMissing(storyId) ? null : stories.get(storyId).state());
        }
        return new Parents(event, story);
    }

    /** An event or story a quote belongs to, and its state (null if it cannot be found). */
    public record Parent(UUID id, WorkflowState state) {
    }

    /** A quote's event and story as checked; null for one it does not have or that was not checked again. */
    public record Parents(Parent event, Parent story) {

        /**
         * Nothing checked again: an edit that keeps a public quote's event and story needs no call,
         * since a published story or event never goes back to draft.
         */
        public static Parents unchanged() {
            return new Parents(null, null);
        }
    }

    /** Names and aliases of people matching a name, for extraction; a read, so tried again once after a failure. */
    public List<EntityRef> searchPeople(String name, int first) {
        EntityServiceClient.SearchPage page = checker.read(EntityServiceClient.SERVICE,
                () -> entityService.search(name, "PERSON", first));
        return page.edges() == null ? List.of() : page.edges().stream().map(EntityServiceClient.Edge::node).toList();
    }

    /** Who holds the roles an article describes, in one call (extraction only; a read, like search). */
    public List<EntityServiceClient.RoleHolder> roleHolders(List<String> roles) {
        return checker.read(EntityServiceClient.SERVICE, () -> entityService.holders(String.join(",", roles)));
    }
}
