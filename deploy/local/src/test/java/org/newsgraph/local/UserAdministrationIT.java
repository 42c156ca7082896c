package org.newsgraph.local;

import static io.restassured.RestAssured.given;
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
