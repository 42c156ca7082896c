package org.newsgraph.quote.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.quote.rest.Api.asEditor;
import static org.newsgraph.quote.rest.Api.asReporter;
import static org.newsgraph.quote.rest.Api.asViewer;
import static org.newsgraph.quote.rest.Api.create;
import static org.newsgraph.quote.rest.Api.quote;
import static org.newsgraph.quote.rest.Api.read;
import static org.newsgraph.quote.rest.Api.tag;
import static org.newsgraph.quote.rest.Api.with;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.quote.testing.OtherServices;
import org.newsgraph.quote.testing.QuoteTestProfile;

/** Recording each kind of quote, reading it back, editing it with versions. */
@QuarkusTest
@TestProfile(QuoteTestProfile.class)
class QuoteResourceTests {

    @BeforeEach
    void servicesUp() {
        OtherServices.reset();
    }

    @Test
    void theStandInsAreTheServicesQuoteServiceCalls() {
        assertEquals(OtherServices.ENTITIES.url(),
                ConfigProvider.getConfig().getValue("quarkus.rest-client.entity-service.url", String.class));
    }

    @Test
    void aDirectQuoteIsRecordedAsAnUnverifiedDraftAndReadBack() {
        String trump = OtherServices.person("Donald Trump " + tag(), "US", "President of the United States");
        String story = OtherServices.story("Alaska summit " + tag());
        String event = OtherServices.event(story, "Joint press conference");
        Map<String, Object> body = with(quote("There's no deal until there's a deal", trump),
                "eventId", event, "context", "\u201cThere\u2019s no deal until there\u2019s a deal,\u201d he added.",
                "tags", List.of("summit", "ukraine"));

        String id = asReporter().body(body).post("/quotes").then().log().ifValidationFails()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("text", is("There's no deal until there's a deal"))
                .body("kind", is("DIRECT"))
                .body("speakerId", is(trump))
                .body("eventId", is(event))
                .body("storyId", is(story))
                .body("state", is("DRAFT"))
                .body("verification.state", is("UNVERIFIED"))
                .body("sources[0].publication", is("The Independent"))
                .body("sources[0].retrievedAt", notNullValue())
                .body("tags", contains("summit", "ukraine"))
                .body("version", is(0))
                .extract().path("id");

        JsonPath read = read(id);
        assertEquals("There's no deal until there's a deal", read.getString("text"));
        // no time of its own: it was said when its event happened
        assertEquals("2025-08-15", read.getString("time.date"));
        assertEquals("11:30:00", read.getString("time.time"));
        assertEquals("America/Anchorage", read.getString("time.zone"));
        assertEquals(true, read.getBoolean("timeFromEvent"));
        assertEquals("2025-08-15T19:30:00Z", read.getString("saidAt"));
        assertEquals("AKDT", read.getString("localTime.abbreviation"));
    }
}
