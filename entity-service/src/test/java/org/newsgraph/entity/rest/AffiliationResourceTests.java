package org.newsgraph.entity.rest;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.newsgraph.entity.rest.Api.as;
import static org.newsgraph.entity.rest.Api.asReporter;
import static org.newsgraph.entity.rest.Api.asViewer;
import static org.newsgraph.entity.rest.Api.affiliation;
import static org.newsgraph.entity.rest.Api.create;
import static org.newsgraph.entity.rest.Api.createPerson;
import static org.newsgraph.entity.rest.Api.tag;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/** A person's titles at organisations, open-ended or dated; edited with versions. */
@QuarkusTest
@TestProfile(EntityServiceTestProfile.class)
class AffiliationResourceTests {

    @Test
    void anAffiliationIsRecordedEditedAndItsHistoryKept() {
        String lavrov = createPerson("Sergey Lavrov " + tag());
        String ministry = create(Api.organisation("Ministry of Foreign Affairs " + tag(), "MINISTRY"));
        String id = asReporter().body(affiliation(lavrov, ministry, "Foreign Minister", "2004-03-09", null))
                .post("/affiliations").then().statusCode(201)
                .body("current", is(true)).body("version", is(0)).extract().path("id");

        Map<String, Object> ended = affiliation(lavrov, ministry, "Foreign Minister", "2004-03-09", "2020-01-01");
        ended.put("version", 0);
        asReporter().body(ended).put("/affiliations/" + id).then().statusCode(200)
                .body("current", is(false)).body("validTo", is("2020-01-01")).body("version", is(1));

        asReporter().body(ended).put("/affiliations/" + id).then().statusCode(409)
                .body("code", is("CONFLICT")).body("currentVersion", is(1));

        asViewer().get("/affiliations/" + id + "/history").then().statusCode(200)
                .body("kind", is(List.of("CREATED", "UPDATED")))
                .body("user", is(List.of("rita.reporter", "rita.reporter")));
    }

    @Test
    void theAffiliationsOfManyPeopleComeInOneCall() {
        String rubio = createPerson("Marco Rubio " + tag());
        String witkoff = createPerson("Steve Witkoff " + tag());
        String government = create(Api.organisation("US Government " + tag(), "GOVERNMENT"));
        asReporter().body(affiliation(rubio, government, "Secretary of State", "2025-01-21", null))
                .post("/affiliations").then().statusCode(201);
        asReporter().body(affiliation(rubio, government, "National Security Advisor", "2025-05-01", null))
                .post("/affiliations").then().statusCode(201);
        asReporter().body(affiliation(witkoff, government, "Special Envoy", "2025-01-20", null))
                .post("/affiliations").then().statusCode(201);

        asViewer().queryParam("personIds", rubio + "," + witkoff).get("/affiliations").then().statusCode(200)
                .body("size()", is(3))
                .body("title", containsInAnyOrder("Secretary of State", "National Security Advisor", "Special Envoy"));
    }

    @Test
    void whoHoldsARoleIsFoundByWordsOfTheTitleAndNationalityInOneCall() {
        String t = tag();
        Map<String, Object> spanish = Api.person("Alejandro Ruiz " + t, null);
        spanish.put("person", Map.of("nationality", "ES"));
        String ruiz = create(spanish);
        Map<String, Object> italian = Api.person("Giulia Ferri " + t, null);
        italian.put("person", Map.of("nationality", "IT"));
        String ferri = create(italian);
        String government = create(Api.organisation("Government of Spain " + t, "GOVERNMENT"));
        asReporter().body(affiliation(ruiz, government, "Primer Ministro " + t, "2024-01-01", null))
                .post("/affiliations").then().statusCode(201);
        asReporter().body(affiliation(ferri, government, "Prime Minister " + t, "2024-01-01", null))
                .post("/affiliations").then().statusCode(201);
        asReporter().body(affiliation(ruiz, government, "Prime Minister " + t, "2020-01-01", "2021-01-01"))
                .post("/affiliations").then().statusCode(201);
        asReporter().body(affiliation(ferri, government, "Primer Ministro " + t, "2099-01-01", null)) // not yet
                .post("/affiliations").then().statusCode(201);

        // only current titles count (not one ended, nor one not begun); the nationality narrows; accents and
        // case do not matter
        asViewer().queryParam("roles", "PRIME minister " + t + "@it,primer ministro " + t).get("/affiliations/holders")
                .then().statusCode(200)
                .body("person.id", containsInAnyOrder(ferri, ruiz))
                .body("organisation", containsInAnyOrder("Government of Spain " + t, "Government of Spain " + t));
        asViewer().queryParam("roles", "prime minister " + t + "@ES").get("/affiliations/holders").then()
                .statusCode(200).body("size()", is(0));
        asViewer().queryParam("roles", "1234").get("/affiliations/holders").then().statusCode(400)
                .body("field", is("roles"));
    }

    @Test
    void anAffiliationNeedsAPersonAndAnOrganisation() {
        String person = createPerson("Someone " + tag());
        String otherPerson = createPerson("Someone else " + tag());
        asReporter().body(affiliation(person, otherPerson, "Friend", null, null)).post("/affiliations").then()
                .statusCode(400).body("field", is("organisationId"));
        asReporter().body(affiliation(null, otherPerson, "Friend", null, null)).post("/affiliations").then()
                .statusCode(400).body("field", is("personId"));
    }

    @Test
    void aPersonHoldsAtMostFiftyTitlesThatHaveNotEndedAndEndingOneMakesRoom() {
        String person = createPerson("Someone with many titles " + tag());
        String organisation = create(Api.organisation("Many boards " + tag(), "OTHER"));
        String lastYear = LocalDate.now(ZoneOffset.UTC).minusYears(1).toString();
        String first = null;
        for (int i = 1; i <= 50; i++) { // the last begins in 2099: it has not ended either
            String id = asReporter().body(affiliation(person, organisation, "Board member " + i,
                    i == 50 ? "2099-01-01" : null, null)).post("/affiliations").then().statusCode(201).extract().path("id");
            first = first == null ? id : first;
        }

        asReporter().body(affiliation(person, organisation, "One too many", null, null)).post("/affiliations").then()
                .statusCode(400).body("field", is("personId"));
        asReporter().body(affiliation(person, organisation, "Ended last year", null, lastYear)).post("/affiliations")
                .then().statusCode(201); // a title that ended is history, not a current one
        Map<String, Object> renamed = affiliation(person, organisation, "Board member 1 (chair)", null, null);
        renamed.put("version", 0);
        asReporter().body(renamed).put("/affiliations/" + first).then().statusCode(200); // counted already
        asViewer().queryParam("personIds", person).get("/affiliations").then().statusCode(200).body("size()", is(51));

        Map<String, Object> ended = affiliation(person, organisation, "Board member 1 (chair)", null, lastYear);
        ended.put("version", 1);
        asReporter().body(ended).put("/affiliations/" + first).then().statusCode(200);
        asReporter().body(affiliation(person, organisation, "In its place", null, null)).post("/affiliations").then()
                .statusCode(201);
        Map<String, Object> reopened = affiliation(person, organisation, "Board member 1 (chair)", null, null);
        reopened.put("version", 2);
        asReporter().body(reopened).put("/affiliations/" + first).then().statusCode(400).body("field", is("personId"));
    }

    @Test
    void onlyAnAdminDeletesAnAffiliation() {
        String person = createPerson("Someone " + tag());
        String organisation = create(Api.organisation("Org " + tag(), "OTHER"));
        String id = asReporter().body(affiliation(person, organisation, "Member", null, null))
                .post("/affiliations").then().statusCode(201).extract().path("id");
        as(TestTokens.editor()).delete("/affiliations/" + id).then().statusCode(403);
        as(TestTokens.admin()).delete("/affiliations/" + id).then().statusCode(204);
        asViewer().get("/affiliations/" + id).then().statusCode(404);
    }
}
