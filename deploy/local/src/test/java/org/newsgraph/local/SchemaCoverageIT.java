package org.newsgraph.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsgraph.local.DemoUsers.DemoUser;

/**
 * Every root field and every join of the gateway's schema, asked through the gateway on the real
 * stack by the demo users, with the role rules in force: what a viewer may not see stays hidden,
 * what a role may not do is refused. The fields to cover come from the served SDL
 * ({@link SchemaCoverage}), so a new root field or join without a test here fails the build.
 */
@ExtendWith(SuiteStack.class)
class SchemaCoverageIT {

    private static final DemoUser VIEWER = DemoUsers.VIEWER;
    private static final DemoUser REPORTER = DemoUsers.REPORTER;
    private static final DemoUser EDITOR = DemoUsers.EDITOR;
    private static final DemoUser ADMIN = DemoUsers.ADMIN;

    private static SchemaCoverage coverage;

    @BeforeAll
    static void schema() {
        coverage = new SchemaCoverage(given().get(SuiteStack.settings().serviceUrl(Services.GATEWAY)
                + "/graphql/schema.graphql").then().statusCode(200).extract().asString());
    }

    private static ValidatableResponse ask(DemoUser user, String query, Map<String, Object> variables) {
        coverage.record(query, variables);
        return Graph.as(user, query, variables).statusCode(200);
    }

    private static JsonPath ok(DemoUser user, String query, Map<String, Object> variables) {
        return ask(user, query, variables).body("errors", nullValue()).extract().jsonPath();
    }

    private static void refused(DemoUser user, String query, Map<String, Object> variables, String code) {
        ask(user, query, variables).body("errors[0].extensions.code", is(code));
    }

    private static String created(DemoUser user, String mutation, Map<String, Object> variables) {
        JsonPath answer = ok(user, mutation, variables);
        Map<String, Object> data = answer.getMap("data");
        return (String) ((Map<?, ?>) data.values().iterator().next()).get("id");
    }

    @Test
    void everyRootFieldAndJoinAnsweredWithTheRoleRulesInForce() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Coverage Envoy " + tag;

        // ---- the who: a reporter records people, an organisation, a place, a delegation ---------
        String entity = "mutation($input: EntityInput!) { createEntity(input: $input) { id } }";
        refused(VIEWER, entity, Map.of("input", Map.of("kind", "PERSON", "name", "Not allowed")), "FORBIDDEN");
        String person = created(REPORTER, entity, Map.of("input", Map.of("kind", "PERSON", "name", name)));
        String organisation = created(REPORTER, entity, Map.of("input", Map.of("kind", "ORGANISATION",
                "name", "Coverage Office " + tag, "organisation", Map.of("organisationKind", "GOVERNMENT"))));
        String place = created(REPORTER, entity, Map.of("input", Map.of("kind", "PLACE", "name",
                "Coverage Base " + tag, "place", Map.of("timeZone", "America/Anchorage", "country", "US"))));
        String delegation = created(REPORTER, entity, Map.of("input", Map.of("kind", "DELEGATION", "name",
                "Coverage Delegation " + tag, "delegation", Map.of("organisationId", organisation, "headId", person,
                        "members", List.of(Map.of("personId", person, "role", "head"))))));
        ok(REPORTER, "mutation($id: ID!, $input: EntityInput!) { updateEntity(id: $id, version: 0, input: $input) "
                + "{ version } }", Map.of("id", person, "input", Map.of("kind", "PERSON", "name", name,
                        "aliases", List.of(Map.of("name", "The Envoy " + tag)))));
        String affiliation = created(REPORTER, "mutation($input: AffiliationInput!) { createAffiliation(input: $input) "
                + "{ id } }", Map.of("input", Map.of("personId", person, "organisationId", organisation,
                        "title", "Special envoy", "validFrom", "2025-01-01")));
        ok(REPORTER, "mutation($id: ID!, $input: AffiliationInput!) { updateAffiliation(id: $id, version: 0, "
                + "input: $input) { validTo } }", Map.of("id", affiliation, "input", Map.of("personId", person,
                        "organisationId", organisation, "title", "Special envoy", "validFrom", "2025-01-01",
                        "validTo", "2099-12-31")));

        // ---- the story, drafted by a reporter ----------------------------------------------------
        String slug = "coverage-" + tag;
        String story = created(REPORTER, "mutation($s: String!) { createStory(input: {title: \"Coverage\", "
                + "slug: $s}) { id } }", Map.of("s", slug));
        ok(REPORTER, "mutation($id: ID!, $s: String!) { updateStory(id: $id, version: 0, input: {title: "
                + "\"Coverage summit\", slug: $s, summary: \"Every field, once\"}) { version } }",
                Map.of("id", story, "s", slug));
        String event = "mutation($input: EventInput!) { createEvent(input: $input) { id } }";
        Map<String, Object> arrival = Map.of("storyId", story, "title", "Envoy arrives", "kind", "ARRIVAL",
                "time", Map.of("date", "2025-08-15", "time", "10:54", "zone", "America/Anchorage",
                        "precision", "MINUTE", "duration", "PT30M"),
                "placeId", place, "locationLabel", "on the tarmac", "notes", "desk only " + tag,
                "participants", List.of(Map.of("entityId", person, "role", "HOST"),
                        Map.of("entityId", delegation, "role", "PARTICIPANT")),
                "sources", List.of(Map.of("publication", "The Example Times")));
        String first = created(REPORTER, event, Map.of("input", arrival));
        Map<String, Object> talks = new HashMap<>(arrival);
        talks.put("title", "Talks begin");
        talks.put("kind", "TALKS");
        talks.put("time", Map.of("date", "2025-08-15", "time", "11:30", "zone", "America/Anchorage",
                "precision", "MINUTE"));
        talks.put("relations", List.of(Map.of("type", "FOLLOWS", "eventId", first)));
        talks.put("participants", List.of(Map.of("entityId", person, "role", "HOST"),
                Map.of("entityId", delegation, "role", "PARTICIPANT"), Map.of("entityId", organisation, "role", "ABSENT")));
        String second = created(REPORTER, event, Map.of("input", talks));
        talks.put("title", "Talks held");
        ok(REPORTER, "mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, version: 0, input: $input) "
                + "{ version } }", Map.of("id", second, "input", talks));
        String quote = "mutation($input: QuoteInput!) { createQuote(input: $input) { id } }";
        Map<String, Object> said = Map.of("text", "We are ready " + tag, "kind", "DIRECT", "speakerId", person,
                "storyId", story, "eventId", first, "language", "en",
                "sources", List.of(Map.of("publication", "The Example Times")));
        String statement = created(REPORTER, quote, Map.of("input", said));
        ok(REPORTER, "mutation($id: ID!, $input: QuoteInput!) { updateQuote(id: $id, version: 0, input: $input) "
                + "{ version } }", Map.of("id", statement, "input", said));
        String question = created(REPORTER, quote, Map.of("input", Map.of("text", "Will you meet again?", "kind",
                "QUESTION", "speakerLabel", "reporters", "putToId", person, "storyId", story, "eventId", second,
                "sources", List.of(Map.of("publication", "The Example Times")))));
        ok(REPORTER, """
                mutation($text: String!) { extractQuotes(input: {text: $text, publication: "The Example Times",
                  publishedAt: "2025-08-15T20:00:00Z", localZone: "America/Anchorage"}) {
                  candidates { candidate { text } draft { text kind } } } }""",
                Map.of("text", "\"We came to talk,\" the envoy told reporters at 11.30am local time."));
        String accepted = ok(REPORTER, """
                mutation($story: ID!, $who: ID!) { acceptQuotes(input: {source: {publication: "The Example Times"},
                  storyId: $story, quotes: [{text: "We came to talk", kind: DIRECT, speakerId: $who}]}) { id state } }""",
                Map.of("story", story, "who", person)).getString("data.acceptQuotes[0].id");

        // ---- a viewer sees none of it yet; the reporter does --------------------------------------
        refused(VIEWER, "query($id: ID!) { story(id: $id) { title } }", Map.of("id", story), "NOT_FOUND");
        refused(VIEWER, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", story), "NOT_FOUND");
        refused(VIEWER, "query($id: ID!) { event(id: $id) { title } }", Map.of("id", first), "NOT_FOUND");
        refused(VIEWER, "query($id: ID!) { quote(id: $id) { text } }", Map.of("id", statement), "NOT_FOUND");
        refused(VIEWER, "query($id: ID!) { timeline(storyId: $id) { nodes { title } } }", Map.of("id", story),
                "NOT_FOUND");
        ok(VIEWER, "query($id: ID!) { entity(id: $id) { ... on Person { events { nodes { id } } quotes { totalCount } } } }",
                Map.of("id", person)).getList("data.entity.events.nodes").forEach(e -> {
                    throw new AssertionError("a viewer sees a draft event: " + e);
                });
        JsonPath drafts = ok(VIEWER, """
                query($delegation: ID!, $organisation: ID!, $place: ID!) {
                  delegation: entity(id: $delegation) { ... on Delegation { events { nodes { id } } } }
                  organisation: entity(id: $organisation) { ... on Organisation { events { nodes { id } } } }
                  place: entity(id: $place) { ... on Place { events { nodes { id } } } } }""",
                Map.of("delegation", delegation, "organisation", organisation, "place", place));
        assertEquals(List.of(), drafts.getList("data.delegation.events.nodes"), "a viewer sees a draft event");
        assertEquals(List.of(), drafts.getList("data.organisation.events.nodes"), "a viewer sees a draft event");
        assertEquals(List.of(), drafts.getList("data.place.events.nodes"), "a viewer sees a draft event");
        assertEquals(List.of("Envoy arrives", "Talks held"), ok(REPORTER, "query($place: ID!) { entity(id: $place) { "
                + "events { nodes { title } } } }", Map.of("place", place)).getList("data.entity.events.nodes.title"),
                "a reporter sees the drafts held there");
        ask(VIEWER, "query($q: String) { searchQuotes(query: $q) { nodes { id } } }", Map.of("q", "ready " + tag))
                .body("data.searchQuotes.nodes.id", not(hasItem(statement)));
        ok(REPORTER, "query($id: ID!) { timeline(storyId: $id) { nodes { title notes } } }", Map.of("id", story));

        // ---- review and publication: reporters submit, editors publish and verify -----------------
        ok(REPORTER, "mutation($id: ID!) { moveStory(id: $id, to: IN_REVIEW, version: 1) { state } }",
                Map.of("id", story));
        refused(REPORTER, "mutation($id: ID!) { moveEvent(id: $id, to: PUBLISHED, version: 0) { state } }",
                Map.of("id", first), "FORBIDDEN");
        refused(REPORTER, "mutation($id: ID!) { verifyQuote(id: $id, state: VERIFIED, note: \"n\", version: 1) "
                + "{ state } }", Map.of("id", statement), "FORBIDDEN");
        ok(EDITOR, "mutation($id: ID!) { moveStory(id: $id, to: PUBLISHED, version: 2) { state } }", Map.of("id", story));
        ok(EDITOR, "mutation($id: ID!) { moveEvent(id: $id, to: PUBLISHED, version: 0) { state } }", Map.of("id", first));
        ok(EDITOR, "mutation($id: ID!) { moveEvent(id: $id, to: PUBLISHED, version: 1) { state } }", Map.of("id", second));
        ok(EDITOR, "mutation($id: ID!) { verifyQuote(id: $id, state: VERIFIED, note: \"on tape\", version: 1) "
                + "{ verification { state } } }", Map.of("id", statement));
        ok(EDITOR, "mutation($id: ID!) { moveQuote(id: $id, to: PUBLISHED, version: 2) { state } }",
                Map.of("id", statement));
        ok(EDITOR, "mutation($id: ID!) { moveQuote(id: $id, to: PUBLISHED, version: 0) { state } }",
                Map.of("id", question));

        // ---- now a viewer reads all of it, every join once -----------------------------------------
        JsonPath read = ok(VIEWER, """
                query($id: ID!) { story(id: $id) { title
                  timeline(zone: "Europe/London") { nodes { title notes startsAt { text } endsAt { text }
                    story { title }
                    participants { role entity { name } }
                    relations { type event { title } }
                    location { label place { name } }
                    quotes { totalCount nodes { text } }
                    history { kind } } }
                  history { kind } } }""", Map.of("id", story));
        assertEquals(List.of("Envoy arrives", "Talks held"), read.getList("data.story.timeline.nodes.title"));
        assertEquals(Arrays.asList(null, null), read.getList("data.story.timeline.nodes.notes"),
                "newsroom notes are not for viewers");
        assertEquals("19:54 BST, 15 August 2025 to 20:24 BST", read.getString("data.story.timeline.nodes[0].startsAt.text"),
                "10:54 in Anchorage for 30 minutes, shown in the zone asked for on the timeline");
        assertEquals("Envoy arrives", read.getString("data.story.timeline.nodes[1].relations[0].event.title"));
        assertEquals("Coverage Base " + tag, read.getString("data.story.timeline.nodes[0].location.place.name"));
        assertEquals(name, read.getString("data.story.timeline.nodes[0].participants[0].entity.name"));
        JsonPath quotes = ok(VIEWER, """
                query($id: ID!) { story(id: $id) { quotes { totalCount nodes { text
                  speaker { name } putTo { name } event { title } story { title } saidAt { text } history { kind } } } } }""",
                Map.of("id", story));
        assertEquals(2, quotes.getInt("data.story.quotes.totalCount"), "the accepted draft is not counted for viewers");
        JsonPath who = ok(VIEWER, """
                query($person: ID!, $delegation: ID!, $organisation: ID!, $place: ID!) {
                  person: entity(id: $person) { name history { kind }
                    ... on Person { affiliations { title organisation { name } } events { nodes { title } }
                      quotes { totalCount } } }
                  delegation: entity(id: $delegation) {
                    ... on Delegation { head { name } organisation { name } members { role person { name } }
                      events { nodes { title } } } }
                  organisation: entity(id: $organisation) {
                    ... on Organisation { events { nodes { title participants { role entity { name } } } } } }
                  place: entity(id: $place) {
                    ... on Place { events(zone: "Europe/London") { nodes { title startsAt { text } } } } } }""",
                Map.of("person", person, "delegation", delegation, "organisation", organisation, "place", place));
        assertEquals(List.of("Envoy arrives", "Talks held"), who.getList("data.person.events.nodes.title"));
        assertEquals(List.of("Envoy arrives", "Talks held"), who.getList("data.delegation.events.nodes.title"),
                "a delegation's events: those it took part in");
        assertEquals(List.of("Talks held"), who.getList("data.organisation.events.nodes.title"),
                "an organisation's events: the one it was absent from");
        assertEquals(List.of("Envoy arrives", "Talks held"), who.getList("data.place.events.nodes.title"),
                "a place's events: those held there");
        assertEquals("19:54 BST, 15 August 2025 to 20:24 BST", who.getString("data.place.events.nodes[0].startsAt.text"),
                "in the zone asked for");
        assertTrue(who.getList("data.organisation.events.nodes[0].participants.role").contains("ABSENT"),
                "it is listed as absent");
        assertEquals("Coverage Office " + tag, who.getString("data.delegation.organisation.name"));
        assertEquals(name, who.getString("data.delegation.members[0].person.name"));
        ok(VIEWER, """
                query($story: ID!, $event: ID!, $quote: ID!, $name: String!, $at: DateTime!) {
                  me { username roles }
                  stories(first: 5) { nodes { id } }
                  event(id: $event, zone: "Asia/Tokyo") { startsAt { abbreviation } }
                  timeline(storyId: $story, kinds: [TALKS]) { nodes { title } }
                  storyAsOf(id: $story, at: $at) { story { title } timeline { title } }
                  quote(id: $quote) { text }
                  searchQuotes(query: "ready", storyId: $story) { nodes { text } }
                  entities(kind: DELEGATION, first: 5) { nodes { name } }
                  searchEntities(query: $name) { nodes { name } } }""",
                Map.of("story", story, "event", first, "quote", statement, "name", name, "at", Instant.now().toString()));
        for (String id : new String[] { story, first, statement, person }) {
            ask(VIEWER, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).body("data.node.id", is(id));
        }

        // ---- user administration is for admins ----------------------------------------------------
        refused(EDITOR, "{ users { username } }", Map.of(), "FORBIDDEN");
        ask(ADMIN, "{ users { username roles } }", Map.of()).body("data.users.username", hasItem("vera"));
        ask(ADMIN, "mutation { grantRole(username: \"rita\", role: \"editor\") { roles } }", Map.of())
                .body("data.grantRole.roles", hasItem("editor"));
        ask(ADMIN, "mutation { revokeRole(username: \"rita\", role: \"editor\") { roles } }", Map.of())
                .body("data.revokeRole.roles", not(hasItem("editor")));

        // ---- an editor merges a duplicate, archives and restores ----------------------------------
        String duplicate = created(REPORTER, entity, Map.of("input", Map.of("kind", "PERSON", "name", name + " (dup)")));
        ask(EDITOR, "mutation($d: ID!, $s: ID!) { mergeEntity(duplicateId: $d, survivorId: $s, version: 0) { id } }",
                Map.of("d", duplicate, "s", person)).body("data.mergeEntity.id", is(person));
        String spare = created(REPORTER, entity, Map.of("input", Map.of("kind", "PERSON", "name", "Spare " + tag)));
        refused(REPORTER, "mutation($id: ID!) { archiveEntity(id: $id, version: 0) { archived } }",
                Map.of("id", spare), "FORBIDDEN");
        ask(EDITOR, "mutation($id: ID!) { archiveEntity(id: $id, version: 0, reason: \"test\") { archived } }",
                Map.of("id", spare)).body("data.archiveEntity.archived", is(true));
        ask(EDITOR, "mutation($id: ID!) { restoreEntity(id: $id, version: 1) { archived } }", Map.of("id", spare))
                .body("data.restoreEntity.archived", is(false));

        // ---- deleting for good is for admins ------------------------------------------------------
        String delete = "mutation($id: ID!) { %s(id: $id) }";
        refused(EDITOR, delete.formatted("deleteQuote"), Map.of("id", accepted), "FORBIDDEN");
        ok(ADMIN, delete.formatted("deleteQuote"), Map.of("id", accepted));
        Map<String, Object> mistaken = new HashMap<>(arrival);
        mistaken.put("title", "Entered by mistake");
        mistaken.remove("participants");
        String wrong = created(REPORTER, event, Map.of("input", mistaken));
        refused(EDITOR, delete.formatted("deleteEvent"), Map.of("id", wrong), "FORBIDDEN");
        ok(ADMIN, delete.formatted("deleteEvent"), Map.of("id", wrong));
        ok(ADMIN, delete.formatted("deleteAffiliation"), Map.of("id", affiliation));
        ok(ADMIN, delete.formatted("deleteEntity"), Map.of("id", spare));
        String empty = created(REPORTER, "mutation($s: String!) { createStory(input: {title: \"Empty\", slug: $s}) "
                + "{ id } }", Map.of("s", "empty-" + tag));
        ok(ADMIN, delete.formatted("deleteStory"), Map.of("id", empty));

        Set<String> missing = new TreeSet<>(coverage.required());
        missing.removeAll(coverage.asked());
        assertEquals(Set.of(), missing, "root fields and joins no test asks for through the gateway");
    }
}
