package org.newsgraph.quote.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.newsgraph.quote.rest.Api.asViewer;
import static org.newsgraph.quote.rest.Api.published;
import static org.newsgraph.quote.rest.Api.quote;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.newsgraph.quote.testing.OtherServices;
import org.newsgraph.quote.testing.QuoteTestProfile;

/**
 * The packaged service (quarkus-run.jar, prod profile) migrates its database, checks a speaker
 * with the entity-service stand-in, and finds the quote by a word of it, highlighted.
 */
@QuarkusIntegrationTest
@TestProfile(QuoteTestProfile.class)
class PackagedQuoteServiceIT {

    @Test
    void thePackagedServiceMigratesChecksReferencesAndSearches() {
        String speaker = OtherServices.person("Vladimir Putin");
        String id = published(quote("Held in a constructive atmosphere of mutual respect", speaker));
        asViewer().queryParam("q", "respectful atmosphere").queryParam("speakerId", speaker)
                .get("/quotes/search").then().statusCode(200)
                .body("edges.node.quote.id", contains(id))
                .body("edges[0].node.snippet", containsString("<mark>atmosphere</mark>"));
    }

    @Test
    void thePackagedServiceRefusesRequestsWithoutAToken() {
        io.restassured.RestAssured.given().get("/quotes/search").then().statusCode(401)
                .body("code", is("UNAUTHENTICATED"));
    }
}
