package org.newsgraph.platform.testing;

import static org.hamcrest.Matchers.is;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** What a client is told when a service refuses its input: 400, problem+json, BAD_USER_INPUT and the field. */
public final class Refusals {

    private Refusals() {
    }

    public static ValidatableResponse badInput(Response response, String field) {
        return response.then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("BAD_USER_INPUT"))
                .body("field", is(field));
    }
}
