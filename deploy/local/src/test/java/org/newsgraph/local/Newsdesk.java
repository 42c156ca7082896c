package org.newsgraph.local;

import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.Random;

import io.restassured.path.json.JsonPath;
import org.newsgraph.local.DemoUsers.DemoUser;

/**
 * Records the abuse tests look at, made once through the gateway as the newsroom would make them:
 * a published story with a published event and quote, and beside them what a viewer must never
 * read: drafts, the earlier draft revisions of what is now published, a quote published inside a
 * story that is still a draft, and the newsroom's notes. Every draft word contains
 * {@link #DRAFT_WORD} and every note {@link #NOTE_WORD}, so that an answer can be searched for them.
 */
final class Newsdesk {

    private static final String RUN = Long.toString(new Random().nextLong() & Long.MAX_VALUE, 36);
    /** In every draft text and draft revision, never in anything published. */
    static final String DRAFT_WORD = "Zqvdraft" + RUN;
    /** In the newsroom's notes on events, which viewers never get. */
    static final String NOTE_WORD = "Zqvnote" + RUN;

    private static Newsdesk made;
    private static int attempts;

    final String speaker;
    final String story;
    final String slug;
    final String event;
    final String quote;
    final String draftEvent;
    final String draftQuote;
    final String draftStory;
    final String embargoedQuote;

    private Newsdesk(int attempt) {
        speaker = create(DemoUsers.REPORTER, "mutation($n: String!) { createEntity(input: {kind: PERSON, name: $n}) { id } }",
                Map.of("n", "Abuse Speaker " + RUN), "createEntity");
        slug = "abuse-" + RUN + "-" + attempt;
        story = create(DemoUsers.REPORTER, "mutation($s: String!, $d: String!) { createStory(input: {title: \"Abuse desk\", "
                + "slug: $s, summary: $d}) { id } }", Map.of("s", slug, "d", "first draft " + DRAFT_WORD), "createStory");
        ok(DemoUsers.REPORTER, "mutation($id: ID!, $s: String!) { updateStory(id: $id, version: 0, input: {title: "
                + "\"Abuse desk\", slug: $s, summary: \"A story the abuse tests read\"}) { version } }",
                Map.of("id", story, "s", slug));
        ok(DemoUsers.EDITOR, "mutation($id: ID!) { moveStory(id: $id, to: PUBLISHED, version: 1) { state } }",
                Map.of("id", story));

        event = create(DemoUsers.REPORTER, EVENT, Map.of("story", story, "title", "Talks " + DRAFT_WORD,
                "notes", "call back " + NOTE_WORD), "createEvent");
        ok(DemoUsers.REPORTER, "mutation($id: ID!, $story: ID!, $notes: String!) { updateEvent(id: $id, version: 0, input: "
                + "{storyId: $story, title: \"Talks begin\", kind: TALKS, notes: $notes, time: {date: \"2025-08-15\", "
                + "time: \"11:30\", zone: \"America/Anchorage\", precision: MINUTE}}) { version } }",
                Map.of("id", event, "story", story, "notes", "checked with the pool " + NOTE_WORD));
        ok(DemoUsers.EDITOR, "mutation($id: ID!) { moveEvent(id: $id, to: PUBLISHED, version: 1) { state } }",
                Map.of("id", event));

        quote = create(DemoUsers.REPORTER, QUOTE, Map.of("text", "We had a constructive talk", "speaker", speaker,
                "story", story, "event", event), "createQuote");
        ok(DemoUsers.EDITOR, "mutation($id: ID!) { moveQuote(id: $id, to: PUBLISHED, version: 0) { state } }",
                Map.of("id", quote));

        draftEvent = create(DemoUsers.REPORTER, EVENT, Map.of("story", story, "title", "Secret dinner " + DRAFT_WORD,
                "notes", "unconfirmed " + NOTE_WORD), "createEvent");
        draftQuote = create(DemoUsers.REPORTER, QUOTE, Map.of("text", "Off the record " + DRAFT_WORD, "speaker", speaker,
                "story", story, "event", event), "createQuote");

        draftStory = create(DemoUsers.REPORTER, "mutation($s: String!, $t: String!) { createStory(input: {title: $t, "
                + "slug: $s}) { id } }", Map.of("s", "abuse-draft-" + RUN + "-" + attempt, "t", "Embargoed " + DRAFT_WORD), "createStory");
        embargoedQuote = create(DemoUsers.REPORTER, "mutation($text: String!, $speaker: ID!, $story: ID!) { createQuote(input: "
                + "{text: $text, kind: DIRECT, speakerId: $speaker, storyId: $story, language: \"en\", sources: "
                + "[{publication: \"The Example Times\", url: \"https://example.org/embargo\"}]}) { id } }",
                Map.of("text", "Embargoed words " + DRAFT_WORD, "speaker", speaker, "story", draftStory), "createQuote");
        // publishing a quote of a story that is not published is refused or leaves it hidden: either way a viewer never sees it
        Graph.as(DemoUsers.EDITOR, "mutation($id: ID!) { moveQuote(id: $id, to: PUBLISHED, version: 0) { state } }",
                Map.of("id", embargoedQuote)).statusCode(200);
    }

    /**
     * The desk, made on first use. On a loaded machine a write to a service that has just started
     * can outlast the gateway's timeout (UNAVAILABLE, yet done): the desk is then made again under
     * new slugs, by this test or the next. What an attempt leaves behind is drafts, or published
     * records without draft words, which change no test.
     */
    static synchronized Newsdesk get() {
        while (made == null) {
            attempts++;
            try {
                made = new Newsdesk(attempts);
            } catch (AssertionError e) {
                if (attempts >= 5) {
                    throw e;
                }
            }
        }
        return made;
    }

    private static final String EVENT = """
            mutation($story: ID!, $title: String!, $notes: String!) { createEvent(input: {storyId: $story, title: $title,
              kind: TALKS, notes: $notes, time: {date: "2025-08-15", time: "11:30", zone: "America/Anchorage",
              precision: MINUTE}, sources: [{publication: "The Example Times", url: "https://example.org/talks"}]}) { id } }""";

    private static final String QUOTE = """
            mutation($text: String!, $speaker: ID!, $story: ID!, $event: ID!) { createQuote(input: {text: $text, kind: DIRECT,
              speakerId: $speaker, storyId: $story, eventId: $event, language: "en",
              sources: [{publication: "The Example Times", url: "https://example.org/talks"}]}) { id } }""";

    private static String create(DemoUser user, String mutation, Map<String, Object> variables, String field) {
        return ok(user, mutation, variables).getString("data." + field + ".id");
    }

    static JsonPath ok(DemoUser user, String query, Map<String, Object> variables) {
        return Graph.as(user, query, variables).statusCode(200).body("errors", nullValue()).extract().jsonPath();
    }
}
