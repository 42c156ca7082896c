package org.newsgraph.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the demo story (deploy/demo/alaska-summit-2025.json) through the gateway's own GraphQL
 * mutations, as an editor, and publishes it so that a viewer sees it. Loading twice changes
 * nothing: each record is looked up first (entities by exact name and kind, the story by slug,
 * events by title, quotes by text, affiliations by title) and only what is missing is created.
 */
public final class DemoStory {

    /** The demo story's data file, relative to the repository. */
    public static final String FILE = "deploy/demo/alaska-summit-2025.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI graphql;
    private final String token;
    private final Map<String, String> ids = new HashMap<>();
    private int created;

    private DemoStory(URI gateway, String token) {
        this.graphql = gateway.resolve("/graphql");
        this.token = token;
    }

    /** How often, and how far apart, a load cut short by a service still warming up is tried again. */
    private static final int ATTEMPTS = 6;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    /**
     * Loads the demo story of {@code settings}' repository into its stack as the demo editor, and
     * returns how many records it created. On a busy machine a service's first answers can take
     * longer than the gateway waits for them ("event-service is unavailable"), and its circuit
     * breaker then refuses calls for a few seconds; loading is idempotent, so a load cut short
     * that way is simply tried again. Any other refusal fails at once.
     */
    public static int loadAsDemoEditor(Settings settings) throws IOException, InterruptedException {
        int created = 0;
        for (int attempt = 1; ; attempt++) {
            DemoStory loader = new DemoStory(URI.create(settings.serviceUrl(Services.GATEWAY)), token(
                    URI.create(settings.keycloakUrl()), DemoUsers.EDITOR.username(), DemoUsers.EDITOR.password()));
            try {
                loader.loadAll(JSON.readTree(settings.repository().resolve(FILE).toFile()));
                return created + loader.created;
            } catch (ServiceUnavailable | HttpTimeoutException e) {
                created += loader.created;
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(RETRY_AFTER.toMillis());
            }
        }
    }

    /** Loads the file; returns how many records it had to create (0 when it was loaded before). */
    public static int load(URI gateway, String editorToken, Path file) throws IOException, InterruptedException {
        DemoStory loader = new DemoStory(gateway, editorToken);
        loader.loadAll(JSON.readTree(file.toFile()));
        return loader.created;
    }

    /** A token for a demo user, by password grant against the local realm's public UI client. */
    public static String token(URI keycloak, String username, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=newsgraph-ui&username=" + enc(username) + "&password="
                + enc(password);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                keycloak.resolve("/realms/newsroom/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak refused the demo login of " + username + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private void loadAll(JsonNode demo) throws IOException, InterruptedException {
        JsonNode source = demo.get("source");
        for (JsonNode o : demo.get("organisations")) {
            ObjectNode input = entity("ORGANISATION", o);
            input.putObject("organisation").put("organisationKind", o.get("kind").asText());
            ids.put(o.get("key").asText(), entity(input));
        }
        for (JsonNode p : demo.get("people")) {
            ObjectNode input = entity("PERSON", p);
            input.putObject("person").put("nationality", p.get("nationality").asText());
            ids.put(p.get("key").asText(), entity(input));
        }
        for (JsonNode p : demo.get("places")) {
            ObjectNode input = entity("PLACE", p);
            ObjectNode place = input.putObject("place");
            place.put("country", p.get("country").asText());
            place.put("latitude", p.get("latitude").asDouble());
            place.put("longitude", p.get("longitude").asDouble());
            place.put("timeZone", p.get("timeZone").asText());
            ids.put(p.get("key").asText(), entity(input));
        }
        for (JsonNode d : demo.get("delegations")) {
            ObjectNode input = entity("DELEGATION", d);
            ObjectNode delegation = input.putObject("delegation");
            delegation.put("organisationId", id(d, "organisation"));
            delegation.put("headId", id(d, "head"));
            for (JsonNode m : d.get("members")) {
                delegation.withArray("members").addObject().put("personId", id(m, "person"))
                        .put("role", m.get("role").asText());
            }
            ids.put(d.get("key").asText(), entity(input));
        }
        for (JsonNode a : demo.get("affiliations")) {
            affiliation(a);
        }
        String story = story(demo.get("story"));
        Map<String, JsonNode> existing = new HashMap<>();
        for (JsonNode edge : query("query($id: ID!) { story(id: $id) { timeline(first: 100) { edges { node { id title "
                + "state version } } } } }", Map.of("id", story)).at("/story/timeline/edges")) {
            existing.put(edge.at("/node/title").asText(), edge.get("node"));
        }
        for (JsonNode e : demo.get("events")) {
            ids.put(e.get("key").asText(), event(story, e, source, existing.get(e.get("title").asText())));
        }
        Map<String, JsonNode> quotes = new HashMap<>();
        for (JsonNode edge : query("query($id: ID!) { story(id: $id) { quotes(first: 100) { edges { node { id text "
                + "state version } } } } }", Map.of("id", story)).at("/story/quotes/edges")) {
            quotes.put(edge.at("/node/text").asText(), edge.get("node"));
        }
        for (JsonNode q : demo.get("quotes")) {
            quote(story, q, source, quotes.get(q.get("text").asText()));
        }
    }

    private ObjectNode entity(String kind, JsonNode item) {
        ObjectNode input = JSON.createObjectNode();
        input.put("kind", kind);
        input.put("name", item.get("name").asText());
        for (String field : List.of("description", "wikidataId")) {
            if (item.hasNonNull(field)) {
                input.put(field, item.get(field).asText());
            }
        }
        if (item.has("aliases")) {
            input.set("aliases", item.get("aliases"));
        }
        return input;
    }

    /** The id of the entity with this exact name and kind, created if there is none. */
    private String entity(ObjectNode input) throws IOException, InterruptedException {
        String name = input.get("name").asText();
        JsonNode found = query("query($q: String!, $kind: EntityKind) { searchEntities(query: $q, kind: $kind, "
                + "first: 20) { edges { node { id name } } } }", Map.of("q", name, "kind", input.get("kind").asText()));
        for (JsonNode edge : found.at("/searchEntities/edges")) {
            if (edge.at("/node/name").asText().equals(name)) {
                return edge.at("/node/id").asText();
            }
        }
        created++;
        return mutate("mutation($input: EntityInput!) { createEntity(input: $input) { id } }",
                Map.of("input", input)).at("/createEntity/id").asText();
    }

    private void affiliation(JsonNode a) throws IOException, InterruptedException {
        String person = id(a, "person");
        JsonNode existing = query("query($id: ID!) { entity(id: $id) { ... on Person { affiliations { title } } } }",
                Map.of("id", person));
        for (JsonNode affiliation : existing.at("/entity/affiliations")) {
            if (affiliation.get("title").asText().equals(a.get("title").asText())) {
                return;
            }
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("personId", person);
        input.put("organisationId", id(a, "organisation"));
        input.put("title", a.get("title").asText());
        input.put("validFrom", a.get("validFrom").asText());
        created++;
        mutate("mutation($input: AffiliationInput!) { createAffiliation(input: $input) { id } }", Map.of("input", input));
    }

    private String story(JsonNode s) throws IOException, InterruptedException {
        JsonNode found = query("{ stories(first: 100) { edges { node { id slug state version } } } }", Map.of())
                .at("/stories/edges");
        for (JsonNode edge : found) {
            if (edge.at("/node/slug").asText().equals(s.get("slug").asText())) {
                publish("moveStory", edge.get("node"));
                return edge.at("/node/id").asText();
            }
        }
        created++;
        JsonNode story = mutate("mutation($input: StoryInput!) { createStory(input: $input) { id state version } }",
                Map.of("input", Map.of("title", s.get("title").asText(), "slug", s.get("slug").asText(),
                        "summary", s.get("summary").asText()))).get("createStory");
        publish("moveStory", story);
        return story.get("id").asText();
    }

    private String event(String story, JsonNode e, JsonNode source, JsonNode existing)
            throws IOException, InterruptedException {
        if (existing != null) {
            publish("moveEvent", existing);
            return existing.get("id").asText();
        }
        ObjectNode input = JSON.createObjectNode();
        input.put("storyId", story);
        input.put("title", e.get("title").asText());
        input.put("kind", e.get("kind").asText());
        for (String field : List.of("description", "occurrence", "locationLabel")) {
            if (e.hasNonNull(field)) {
                input.put(field, e.get(field).asText());
            }
        }
        input.set("time", e.get("time"));
        if (e.hasNonNull("place")) {
            input.put("placeId", id(e, "place"));
        }
        for (JsonNode p : e.withArray("participants")) {
            input.withArray("participants").addObject().put("entityId", id(p, "entity")).put("role",
                    p.get("role").asText());
        }
        for (JsonNode r : e.withArray("relations")) {
            input.withArray("relations").addObject().put("type", r.get("type").asText()).put("eventId", id(r, "event"));
        }
        input.withArray("sources").add(source);
        created++;
        JsonNode event = mutate("mutation($input: EventInput!) { createEvent(input: $input) { id state version } }",
                Map.of("input", input)).get("createEvent");
        publish("moveEvent", event);
        return event.get("id").asText();
    }

    private void quote(String story, JsonNode q, JsonNode source, JsonNode existing)
            throws IOException, InterruptedException {
        if (existing != null) {
            publish("moveQuote", existing);
            return;
        }
        ObjectNode input = JSON.createObjectNode();
        input.put("text", q.get("text").asText());
        input.put("kind", q.get("kind").asText());
        input.put("storyId", story);
        input.put("eventId", id(q, "event"));
        if (q.hasNonNull("speaker")) {
            input.put("speakerId", id(q, "speaker"));
        }
        if (q.hasNonNull("putTo")) {
            input.put("putToId", id(q, "putTo"));
        }
        for (String field : List.of("speakerLabel", "platform", "language", "context")) {
            if (q.hasNonNull(field)) {
                input.put(field, q.get(field).asText());
            }
        }
        input.withArray("sources").add(source);
        created++;
        JsonNode quote = mutate("mutation($input: QuoteInput!) { createQuote(input: $input) { id state version } }",
                Map.of("input", input)).get("createQuote");
        publish("moveQuote", quote);
    }

    /** Publishes a draft (an editor may publish straight from a draft); a published record is left alone. */
    private void publish(String mutation, JsonNode record) throws IOException, InterruptedException {
        if (!"DRAFT".equals(record.get("state").asText()) && !"IN_REVIEW".equals(record.get("state").asText())) {
            return;
        }
        mutate("mutation($id: ID!, $v: Int!) { " + mutation + "(id: $id, to: PUBLISHED, version: $v) { state } }",
                Map.of("id", record.get("id").asText(), "v", record.get("version").asInt()));
    }

    private String id(JsonNode item, String field) {
        String key = item.get(field).asText();
        String id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("the demo file refers to '" + key + "' before defining it");
        }
        return id;
    }

    private JsonNode query(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        return data(post(query, variables));
    }

    private JsonNode mutate(String mutation, Map<String, Object> variables) throws IOException, InterruptedException {
        return data(post(mutation, variables));
    }

    private String post(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    private static JsonNode data(String response) throws IOException {
        JsonNode answer = JSON.readTree(response);
        if (answer.hasNonNull("errors") && !answer.get("errors").isEmpty()) {
            List<String> messages = new ArrayList<>();
            answer.get("errors").forEach(e -> messages.add(e.path("message").asText() + " "
                    + e.path("extensions").toString()));
            boolean unavailable = true;
            for (JsonNode error : answer.get("errors")) {
                unavailable &= "UNAVAILABLE".equals(error.path("extensions").path("code").asText());
            }
            String message = "the gateway refused part of the demo story: " + messages;
            throw unavailable ? new ServiceUnavailable(message) : new IOException(message);
        }
        return answer.get("data");
    }

    /** Every error of an answer was UNAVAILABLE: a service did not answer (in time). */
    private static final class ServiceUnavailable extends IOException {
        ServiceUnavailable(String message) {
            super(message);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
