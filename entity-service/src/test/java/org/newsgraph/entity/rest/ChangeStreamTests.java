package org.newsgraph.entity.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.newsgraph.entity.rest.Api.as;
import static org.newsgraph.entity.rest.Api.createPerson;
import static org.newsgraph.entity.rest.Api.tag;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.ChangeStream;
import org.newsgraph.platform.testing.TestTokens;

/** The change stream (platform's /changes) as entity-service publishes entities: viewers see them all. */
@QuarkusTest
@TestProfile(EntityServiceTestProfile.class)
class ChangeStreamTests {

    /** How long a test waits for a change to arrive; how fast it arrives is measured elsewhere. */
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TestHTTPResource("/")
    URL base;

    @Test
    void creationMergeAndArchiveAreAnnouncedToViewersToo() {
        try (ChangeStream viewer = ChangeStream.open(base.toString(), TestTokens.viewer(), "")) {
            assertEquals(200, viewer.status());
            String duplicate = createPerson("Vladimir Putin " + tag());
            String survivor = createPerson("Vladimir Vladimirovich Putin " + tag());
            as(TestTokens.editor()).body(Map.of("survivorId", survivor, "version", 0))
                    .post("/entities/" + duplicate + "/merge").then().statusCode(200);
            as(TestTokens.editor()).body(Map.of("version", 1)).post("/entities/" + survivor + "/archive").then()
                    .statusCode(200);

            List<Map<String, Object>> changes = viewer.next(5, DEADLINE);
            assertEquals(List.of(
                    List.of(duplicate, "CREATED", "ACTIVE"),
                    List.of(survivor, "CREATED", "ACTIVE"),
                    List.of(duplicate, "MERGED", "MERGED"),
                    List.of(survivor, "UPDATED", "ACTIVE"),
                    List.of(survivor, "MOVED", "ARCHIVED")),
                    changes.stream().map(c -> List.of(c.get("id"), c.get("kind"), c.get("state"))).toList());
            changes.forEach(c -> assertEquals("ENTITY", c.get("recordType")));
            assertNotNull(changes.get(2).get("user"));
        }
    }
}
