package org.newsgraph.gateway.graph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * The public API is the committed SDL (gateway/schema.graphql): a change to the served schema
 * must show up as a diff of that file. To accept a change on purpose, run
 * {@code ./mvnw -B verify -pl gateway -Dnewsgraph.schema.write=true} and commit the file.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class SchemaTests {

    private static final Path COMMITTED = Path.of("schema.graphql");

    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString()
                .replace("\r\n", "\n").strip() + "\n";
        if (Boolean.getBoolean("newsgraph.schema.write")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), served,
                "the served schema differs from gateway/schema.graphql; if the change is intended, "
                        + "regenerate it with -Dnewsgraph.schema.write=true and commit it");
    }

    @Test
    void graphiqlIsServedForPeopleToTryQueries() {
        given().get("/q/graphql-ui/").then().statusCode(200);
    }
}
