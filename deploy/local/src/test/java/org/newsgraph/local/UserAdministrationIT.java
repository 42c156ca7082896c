package org.newsgraph.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Admins manage the newsroom's users through the gateway, which calls Keycloak's admin API as
 * its own service account in the newsroom realm (client {@code newsgraph-gateway}, client
 * credentials), holding only {@code view-users} and {@code manage-users}: never as the master
 * realm's super-admin.
 */
@ExtendWith(SuiteStack.class)
class UserAdministrationIT {

    private static final String USERS = "{ users { username roles } }";

    @Test
    void anAdminListsUsersAndGrantsAndRevokesARole() {
        Graph.as(DemoUsers.ADMIN, USERS).statusCode(200)
                .body("errors", equalTo(null))
                .body("data.users.username", hasItems("vera", "rita", "ed", "ada"));
        String grant = "mutation { grantRole(username: \"vera\", role: \"reporter\") { username roles } }";
        String revoke = "mutation { revokeRole(username: \"vera\", role: \"reporter\") { username roles } }";
        try {
            Graph.as(DemoUsers.ADMIN, grant).body("errors", equalTo(null))
                    .body("data.grantRole.roles", hasItems("viewer", "reporter"));
            assertTrue(Tokens.claims(Tokens.accessToken(DemoUsers.VIEWER)).toString().contains("reporter"),
                    "vera's next token carries the role");
        } finally {
            Graph.as(DemoUsers.ADMIN, revoke).body("errors", equalTo(null))
                    .body("data.revokeRole.roles", not(hasItems("reporter")));
        }
    }

    @Test
    void aUsernameNamesExactlyOneUserAndABlankOneNobody() {
        Graph.as(DemoUsers.ADMIN, "mutation { grantRole(username: \" \", role: \"editor\") { username } }")
                .body("data.grantRole", equalTo(null))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("username"));
        Graph.as(DemoUsers.ADMIN, "mutation { grantRole(username: \"ver\", role: \"editor\") { username } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        // in capitals, the same user (Keycloak keeps usernames in lower case)
        String revoke = "mutation { revokeRole(username: \"vera\", role: \"editor\") { username roles } }";
        try {
            Graph.as(DemoUsers.ADMIN, "mutation { grantRole(username: \"VERA\", role: \"editor\") { username roles } }")
                    .body("errors", equalTo(null)).body("data.grantRole.username", equalTo("vera"));
        } finally {
            Graph.as(DemoUsers.ADMIN, revoke).body("errors", equalTo(null));
        }
        // the blank name granted nobody the role (Keycloak would have answered every user, ada first)
        Graph.as(DemoUsers.ADMIN, USERS).body("data.users.findAll { it.roles.contains('editor') }.username",
                equalTo(List.of("ed")));
    }

    @Test
    void anAdminCannotTakeTheAdminRoleFromThemselves() {
        Graph.as(DemoUsers.ADMIN, "mutation { revokeRole(username: \"ada\", role: \"admin\") { roles } }")
                .body("data.revokeRole", equalTo(null))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("ask another admin"));
        Graph.as(DemoUsers.ADMIN, USERS).body("data.users.find { it.username == 'ada' }.roles", hasItems("admin"));
    }

    @Test
    void anEditorCannotManageUsers() {
        Graph.as(DemoUsers.EDITOR, USERS).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    /** What the realm file gives the gateway's service account, read back from Keycloak. */
    @Test
    void theGatewaysServiceAccountHoldsOnlyViewAndManageUsers() {
        String admin = Tokens.adminToken();
        String realm = SuiteStack.settings().keycloakUrl() + "/admin/realms/" + Settings.REALM;
        String client = given().auth().oauth2(admin).queryParam("clientId", Settings.GATEWAY_CLIENT)
                .get(realm + "/clients").then().statusCode(200).extract().path("[0].id");
        String account = given().auth().oauth2(admin).get(realm + "/clients/" + client + "/service-account-user")
                .then().statusCode(200).extract().path("id");
        Map<String, Object> mappings = given().auth().oauth2(admin).get(realm + "/users/" + account + "/role-mappings")
                .then().statusCode(200).extract().path("clientMappings");
        List<String> realmManagement = given().auth().oauth2(admin)
                .get(realm + "/users/" + account + "/role-mappings").then()
                .extract().path("clientMappings.realm-management.mappings.name");
        assertEquals(List.of("manage-users", "view-users"), realmManagement.stream().sorted().toList());
        assertEquals(List.of("realm-management"), List.copyOf(mappings.keySet()), "no other client's roles");

        // and with its token, nothing beyond users: the realm's clients are not its business
        String token = Tokens.gatewayServiceAccount();
        given().auth().oauth2(token).get(realm + "/users").then().statusCode(200);
        given().auth().oauth2(token).get(realm + "/clients").then().statusCode(403);
    }
}
