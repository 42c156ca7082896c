package org.newsgraph.gateway.client;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.newsgraph.gateway.model.Event;
import org.newsgraph.gateway.model.Story;

/** event-service for the graph: batch lookups keyed by id, errors as GraphQL errors. */
@ApplicationScoped
public class Events {

    static final String SERVICE = "event-service";

    @Inject
    @RestClient
    EventServiceClient client;

    public EventServiceClient client() {
        return client;
    }

    public Map<String, Story> stories(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, Story> byId = new HashMap<>();
        Downstream.call(SERVICE, () -> client.storyLookup(Downstream.ids(wanted))).stories()
                .forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    public Map<String, Event> events(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, Event> byId = new HashMap<>();
        Downstream.call(SERVICE, () -> client.eventLookup(Downstream.ids(wanted))).events()
                .forEach(e -> byId.put(e.id(), e));
        return byId;
    }

    /** Every visible event of these stories, in timeline order, in one call. */
    public List<Event> ofStories(Collection<String> storyIds) {
        return storyIds.isEmpty() ? List.of()
                : Downstream.call(SERVICE, () -> client.ofStories(Downstream.ids(storyIds)));
    }

    /** Every visible event with any of these participants, in timeline order, in one call. */
    public List<Event> ofParticipants(Collection<String> entityIds) {
        return entityIds.isEmpty() ? List.of()
                : Downstream.call(SERVICE, () -> client.ofParticipants(Downstream.ids(entityIds)));
    }
}
