package org.newsgraph.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A write survives a restart of the whole stack on the same working folder, and stopping the
 * stack leaves nothing of it running. Last, because it restarts the stack the others share.
 */
@ExtendWith(SuiteStack.class)
@Order(Integer.MAX_VALUE)
class RestartIT {

    @Test
    void aPersonCreatedBeforeARestartIsReadBackAfterIt() throws Exception {
        String name = "Restart Probe " + UUID.randomUUID();
        String id = EntityRolesIT.createPerson(DemoUsers.REPORTER, name);

        Stack before = SuiteStack.stack();
        List<ProcessHandle> processes = before.processes();
        assertTrue(processes.size() >= 2 + Services.ALL.size(), "postgres, keycloak and the services run: " + processes);
        Settings settings = SuiteStack.stopForRestart();
        processes.forEach(process -> assertFalse(Processes.isRunning(process), "still running after stop: " + describe(process)));

        Stack after = SuiteStack.startAgain(settings);
        assertEquals(before.settings().workDirectory(), after.settings().workDirectory());
        given().auth().oauth2(Tokens.accessToken(DemoUsers.VIEWER))
                .when().get(after.settings().serviceUrl("entity-service") + "/entities/" + id)
                .then().statusCode(200)
                .body("name", equalTo(name))
                .body("kind", equalTo("PERSON"));
    }

    private static String describe(ProcessHandle process) {
        return process.pid() + " " + process.info().commandLine().orElse("?");
    }
}
