package org.newsgraph.entity.rest;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.newsgraph.entity.rest.Api.alias;
import static org.newsgraph.entity.rest.Api.asViewer;
import static org.newsgraph.entity.rest.Api.create;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * The packaged service (quarkus-run.jar, prod profile) migrates its database and answers with
 * the same rules: a created person is found by a Cyrillic alias and a typo, and a request
 * without a token is refused.
 */
@QuarkusIntegrationTest
@TestProfile(EntityServiceTestProfile.class)
class PackagedEntityServiceIT {

    @Test
    void thePackagedServiceMigratesServesAndSearches() {
        String id = create(Api.person("Vladimir Putin", alias("Владимир Путин", "ru")));
        asViewer().get("/entities/" + id).then().statusCode(200).body("name", is("Vladimir Putin"));
        asViewer().queryParam("q", "путин").get("/entities/search").then().statusCode(200)
                .body("edges.node.id", hasItem(id));
        asViewer().queryParam("q", "Vladimr Puttin").get("/entities/search").then().statusCode(200)
                .body("edges.node.id", hasItem(id));
    }

    @Test
    void thePackagedServiceRefusesRequestsWithoutAToken() {
        io.restassured.RestAssured.given().get("/entities").then().statusCode(401)
                .body("code", is("UNAUTHENTICATED"));
    }
}
