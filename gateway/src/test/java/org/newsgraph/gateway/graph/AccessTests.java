package org.newsgraph.gateway.graph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/** Tokens are checked at the gateway too; errors carry extensions.code. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class AccessTests {

    @Test
    void withoutATokenTheAnswerIsUnauthenticated() {
        Graph.query(null, "{ me { username } }").statusCode(200)
                .body("data.me", nullValue())
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"))
                .body("errors[0].path[0]", is("me"));
    }

    @Test
    void badTokensAreUnauthenticated() {
        for (String token : new String[] { TestTokens.expired("vera.viewer", "viewer"),
                TestTokens.signedByAnotherKey("vera.viewer", "viewer"),
                TestTokens.fromAnotherIssuer("vera.viewer", "viewer") }) {
            Graph.query(token, "{ me { username } }").body("errors[0].extensions.code", is("UNAUTHENTICATED"));
        }
    }

    /** A genuine token of the realm, issued to another client (as admin-cli's are), is not for Newsgraph. */
    @Test
    void aTokenForAnotherAudienceIsRefusedWith401() {
        given().contentType(ContentType.JSON).auth().oauth2(TestTokens.forAnotherClient("vera.viewer", "viewer"))
                .body(Map.of("query", "{ me { username } }")).post("/graphql")
                .then().statusCode(401)
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"))
                .body("data", nullValue());
        Graph.query(TestTokens.viewer(), "{ me { username } }").statusCode(200).body("data.me.username", is("vera.viewer"));
    }

    @Test
    void meSaysWhoAndWhichRoles() {
        Graph.query(TestTokens.of("ed.editor", "editor"), "{ me { username roles } }")
                .body("data.me.username", is("ed.editor"))
                .body("data.me.roles", hasItems("viewer", "reporter", "editor"));
    }

    @Test
    void aViewerCannotWrite() {
        int calls = Newsroom.ENTITY_SERVICE.calls();
        Graph.query(TestTokens.viewer(), "mutation { createEntity(input: {kind: PERSON, name: \"X\"}) { id } }")
                .body("data.createEntity", nullValue())
                .body("errors[0].extensions.code", is("FORBIDDEN"));
        org.junit.jupiter.api.Assertions.assertEquals(calls, Newsroom.ENTITY_SERVICE.calls(),
                "refused at the gateway: the service is not bothered");
    }

    @Test
    void onlyAdminsManageUsers() {
        Graph.query(TestTokens.editor(), "{ users { username } }").body("errors[0].extensions.code", is("FORBIDDEN"));
        Graph.query(TestTokens.editor(), "mutation { grantRole(username: \"vera\", role: \"admin\") { username } }")
                .body("errors[0].extensions.code", is("FORBIDDEN"));
    }

    @Test
    void aRoleThatIsNotANewsroomRoleIsBadInput() {
        Graph.query(TestTokens.admin(), "mutation { grantRole(username: \"vera\", role: \"superuser\") { username } }")
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", is("role"));
    }

    /** A NUL in a username made Keycloak refuse the search, which the admin was told as UNAVAILABLE. */
    @Test
    void aUsernameNoUserCanHaveIsBadInputBeforeKeycloakIsAsked() {
        for (String username : new String[] { "ve\u0000ra", "vera\n", "v".repeat(256) }) {
            Graph.query(TestTokens.admin(), "mutation($u: String!) { grantRole(username: $u, role: \"viewer\") { "
                    + "username } }", java.util.Map.of("u", username))
                    .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", is("username"));
            Graph.query(TestTokens.admin(), "mutation($u: String!) { revokeRole(username: $u, role: \"viewer\") { "
                    + "username } }", java.util.Map.of("u", username))
                    .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", is("username"));
        }
    }

    @Test
    void aServicesRefusalKeepsItsCodeAndField() {
        Graph.query(TestTokens.reporter(), "mutation { createEntity(input: {kind: PERSON, name: \" \"}) { id } }")
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", is("name"))
                .body("errors[0].message", is("name must not be blank"));
    }

    @Test
    void aStaleEditIsAConflictWithTheCurrentVersion() {
        String id = Newsroom.person("Yuri Ushakov");
        String edit = "mutation($id: ID!, $v: Int!) { updateEntity(id: $id, version: $v, "
                + "input: {kind: PERSON, name: \"Yury Ushakov\"}) { name version } }";
        Graph.query(TestTokens.reporter(), edit, Map.of("id", id, "v", 0)).body("data.updateEntity.version", is(1));
        Graph.query(TestTokens.editor(), edit, Map.of("id", id, "v", 0))
                .body("data.updateEntity", nullValue())
                .body("errors[0].extensions.code", is("CONFLICT"))
                .body("errors[0].extensions.currentVersion", is(1));
    }

    @Test
    void aRecordsHistoryShowsWhoChangedItWhenAndHowItWas() {
        String id = Newsroom.person("Marco Rubio");
        Graph.query(TestTokens.viewer(), "query($id: ID!) { entity(id: $id) { history { revision at user kind "
                + "snapshot { name ... on Person { nationality } } } } }", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.entity.history.user", org.hamcrest.Matchers.contains("rita", "ed"))
                .body("data.entity.history.kind", org.hamcrest.Matchers.contains("CREATED", "UPDATED"))
                .body("data.entity.history[0].revision", is(7))
                .body("data.entity.history[0].at", is("2025-08-15T20:00:00Z"))
                .body("data.entity.history[0].snapshot.name", is("First name"))
                .body("data.entity.history[1].snapshot.name", is("Marco Rubio"))
                .body("data.entity.history[1].snapshot.nationality", is("US"));
    }

    @Test
    void anUnknownIdIsNotFound() {
        Graph.query(TestTokens.viewer(), "{ entity(id: \"" + java.util.UUID.randomUUID() + "\") { name } }")
                .body("errors[0].extensions.code", is("NOT_FOUND"));
        Graph.query(TestTokens.viewer(), "{ story(id: \"" + java.util.UUID.randomUUID() + "\") { title } }")
                .body("errors[0].extensions.code", is("NOT_FOUND"));
    }
}
