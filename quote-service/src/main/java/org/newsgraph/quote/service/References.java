package org.newsgraph.quote.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.quote.client.EntityServiceClient;
import org.newsgraph.quote.client.EntityServiceClient.EntityRef;
import org.newsgraph.quote.client.EventServiceClient;
import org.newsgraph.quote.client.EventServiceClient.EventRef;

/**
 * Checks the ids a write refers to with one batch call per service, as the caller. A service
 * that is down, failing or too slow makes the write fail with 503: a reference is never
 * accepted unchecked.
 */
@ApplicationScoped
public class References {

    private static final Logger LOG = Logger.getLogger(References.class);

    @Inject
    @RestClient
    EntityServiceClient entityService;

    @Inject
    @RestClient
    EventServiceClient eventService;

    /** What the services answered for a set of ids. */
    public record Checked(Map<UUID, EntityRef> entities, Map<UUID, UUID> redirects, Set<UUID> missingEntities,
            Map<UUID, EventRef> events, Set<UUID> missingEvents, Set<UUID> stories, Set<UUID> missingStories) {

        /** The id to store for an entity: the survivor of a merge, or the id itself. */
        public UUID survivor(UUID id) {
            return redirects.getOrDefault(id, id);
        }
    }

    /**
     * Looks the ids up: entities in one call to entity-service; events in one call to
     * event-service, and stories in one more only for story ids that no looked-up event vouches for.
     */
    public Checked check(Collection<UUID> entityIds, Collection<UUID> eventIds, Collection<UUID> storyIds) {
        Map<UUID, EntityRef> entities = new HashMap<>();
        Map<UUID, UUID> redirects = new HashMap<>();
        Set<UUID> missingEntities = new LinkedHashSet<>();
        if (!entityIds.isEmpty()) {
            EntityServiceClient.Lookup lookup = call("entity-service", () -> entityService.lookup(join(entityIds)));
            if (lookup.redirects() != null) {
                redirects.putAll(lookup.redirects());
            }
            for (EntityRef entity : lookup.entities() == null ? List.<EntityRef> of() : lookup.entities()) {
                entities.put(entity.id(), entity);
            }
            for (UUID id : new LinkedHashSet<>(entityIds)) {
                if (!entities.containsKey(redirects.getOrDefault(id, id))) {
                    missingEntities.add(id);
                }
            }
        }
        Map<UUID, EventRef> events = new HashMap<>();
        Set<UUID> missingEvents = new LinkedHashSet<>();
        if (!eventIds.isEmpty()) {
            EventServiceClient.EventLookup lookup = call("event-service", () -> eventService.events(join(eventIds)));
            for (EventRef event : lookup.events() == null ? List.<EventRef> of() : lookup.events()) {
                events.put(event.id(), event);
            }
            eventIds.stream().filter(id -> !events.containsKey(id)).forEach(missingEvents::add);
        }
        Set<UUID> vouched = events.values().stream().map(EventRef::storyId).collect(Collectors.toSet());
        Set<UUID> toCheck = storyIds.stream().filter(id -> !vouched.contains(id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<UUID> stories = new LinkedHashSet<>(vouched);
        Set<UUID> missingStories = new LinkedHashSet<>();
        if (!toCheck.isEmpty()) {
            EventServiceClient.StoryLookup lookup = call("event-service", () -> eventService.stories(join(toCheck)));
            if (lookup.stories() != null) {
                lookup.stories().forEach(story -> stories.add(story.id()));
            }
            toCheck.stream().filter(id -> !stories.contains(id)).forEach(missingStories::add);
        }
        return new Checked(entities, redirects, missingEntities, events, missingEvents, stories, missingStories);
    }

    /** Names and aliases of people matching a name, for extraction; empty if entity-service cannot answer. */
    public List<EntityRef> searchPeople(String name, int first) {
        EntityServiceClient.SearchPage page = entityService.search(name, "PERSON", first);
        return page.edges() == null ? List.of() : page.edges().stream().map(EntityServiceClient.Edge::node).toList();
    }

    /** Who holds the roles an article describes, in one call (extraction only; a read). */
    public List<EntityServiceClient.RoleHolder> roleHolders(List<String> roles) {
        List<EntityServiceClient.RoleHolder> holders = entityService.holders(String.join(",", roles));
        return holders == null ? List.of() : holders;
    }

    private static <T> T call(String service, Supplier<T> call) {
        try {
            T answer = call.get();
            if (answer == null) {
                throw new IllegalStateException("empty answer");
            }
            return answer;
        } catch (NewsgraphException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("%s could not check references: %s", service, e.toString());
            throw NewsgraphException.unavailable(service + " could not be reached to check the ids this quote refers"
                    + " to; nothing was stored, try again shortly", e);
        }
    }

    private static String join(Collection<UUID> ids) {
        return new LinkedHashSet<>(ids).stream().map(UUID::toString).collect(Collectors.joining(","));
    }
}
