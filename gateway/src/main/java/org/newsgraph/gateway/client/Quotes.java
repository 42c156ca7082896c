package org.newsgraph.gateway.client;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.newsgraph.gateway.model.Quote;

/** quote-service for the graph: quotes of many parents in one call, errors as GraphQL errors. */
@ApplicationScoped
public class Quotes {

    static final String SERVICE = "quote-service";

    /** Which parent a batch of quotes belongs to. */
    public enum Parent {
        SPEAKER, EVENT, STORY
    }

    @Inject
    @RestClient
    QuoteServiceClient client;

    public QuoteServiceClient client() {
        return client;
    }

    /** The first {@code first} quotes of each parent, and how many each has, in one call. */
    public Map<String, QuoteServiceClient.Group> of(Parent parent, Collection<String> ids, int first) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        String joined = Downstream.ids(wanted);
        QuoteServiceClient.Groups groups = Downstream.call(SERVICE, () -> client.groups(
                parent == Parent.SPEAKER ? joined : null, parent == Parent.EVENT ? joined : null,
                parent == Parent.STORY ? joined : null, first));
        Map<String, QuoteServiceClient.Group> byParent = new HashMap<>();
        groups.groups().forEach(g -> byParent.put(g.id(), g));
        return byParent;
    }

    public Map<String, Quote> lookup(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, Quote> byId = new HashMap<>();
        Downstream.call(SERVICE, () -> client.lookup(Downstream.ids(wanted))).quotes().forEach(q -> byId.put(q.id(), q));
        return byId;
    }
}
