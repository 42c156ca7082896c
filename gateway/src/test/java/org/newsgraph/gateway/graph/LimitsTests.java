package org.newsgraph.gateway.graph;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/** Abusive queries are refused before they run, with a clear error; ordinary ones are not. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class LimitsTests {

    @Test
    void anOverDeepQueryIsRefusedBeforeAnyServiceIsCalled() {
        String deep = "{ story(id: \"x\") { timeline { edges { node { relations { event { relations { event { "
                + "relations { event { relations { event { title } } } } } } } } } } } } }";
        int calls = Newsroom.EVENT_SERVICE.calls();
        Graph.query(TestTokens.viewer(), deep).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("levels deep"))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        org.junit.jupiter.api.Assertions.assertEquals(calls, Newsroom.EVENT_SERVICE.calls());
    }

    @Test
    void tooManyAliasesAreRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 40; i++) {
            query.append(" m").append(i).append(": me { username }");
        }
        Graph.query(TestTokens.viewer(), query.append(" }").toString())
                .body("data", nullValue())
                .body("errors[0].message", containsString("aliases"))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
    }

    @Test
    void anOverlongQueryIsRefused() {
        Graph.query(TestTokens.viewer(), "{ me { username } }" + " ".repeat(25_000))
                .body("data", nullValue())
                .body("errors[0].message", containsString("characters"));
    }

    @Test
    void anOverComplexQueryIsRefused() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            fields.append(" a").append(i).append(": story(id: \"x\") { ...whole }");
        }
        int calls = Newsroom.EVENT_SERVICE.calls();
        Graph.query(TestTokens.viewer(), "{" + fields + " } fragment whole on Story { title slug summary state "
                + "version id timeline { edges { cursor node { id title kind occurrence state version notes "
                + "storyId description retractionReason createdAt updatedAt } } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("fields"));
        org.junit.jupiter.api.Assertions.assertEquals(calls, Newsroom.EVENT_SERVICE.calls());
    }

    @Test
    void anOrdinaryQueryPasses() {
        Graph.query(TestTokens.viewer(), "{ me { username } }").body("data.me.username", is("vera.viewer"));
    }
}
