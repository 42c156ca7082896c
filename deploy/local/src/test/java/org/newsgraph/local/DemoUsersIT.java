package org.newsgraph.local;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.newsgraph.local.DemoUsers.DemoUser;

/** The logins the launcher prints work: each demo user gets a token by password grant and can read. */
@ExtendWith(SuiteStack.class)
class DemoUsersIT {

    /** The newsroom's roles from least to most powerful; each includes the ones before it. */
    private static final List<String> ROLES = List.of("viewer", "reporter", "editor", "admin");

    static final List<DemoUser> USERS = DemoUsers.ALL;

    @ParameterizedTest
    @FieldSource("USERS")
    void getsATokenByPasswordGrantWithItsRoleAndTheIncludedOnes(DemoUser user) {
        String token = Tokens.accessToken(user);

        Map<String, Object> claims = Tokens.claims(token);
        assertEquals(SuiteStack.settings().issuer(), claims.get("iss"));
        assertEquals(user.username(), claims.get("preferred_username"));
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles");
        int rank = ROLES.indexOf(user.role());
        assertTrue(roles.containsAll(ROLES.subList(0, rank + 1)), () -> user.username() + " has " + roles);
        assertTrue(roles.stream().noneMatch(ROLES.subList(rank + 1, ROLES.size())::contains),
                () -> user.username() + " has more than " + user.role() + ": " + roles);
    }

    @ParameterizedTest
    @FieldSource("USERS")
    void readsEntitiesWithItsToken(DemoUser user) {
        given().auth().oauth2(Tokens.accessToken(user))
                .when().get(SuiteStack.settings().serviceUrl("entity-service") + "/entities")
                .then().statusCode(200);
    }
}
