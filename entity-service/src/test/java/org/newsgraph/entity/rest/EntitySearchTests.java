package org.newsgraph.entity.rest;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.entity.rest.Api.alias;
import static org.newsgraph.entity.rest.Api.as;
import static org.newsgraph.entity.rest.Api.asEditor;
import static org.newsgraph.entity.rest.Api.asReporter;
import static org.newsgraph.entity.rest.Api.asViewer;
import static org.newsgraph.entity.rest.Api.create;
import static org.newsgraph.entity.rest.Api.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/** Name and alias search: case, accents, prefixes, typos, other scripts, kinds, ranking, pages. */
@QuarkusTest
@TestProfile(EntityServiceTestProfile.class)
class EntitySearchTests {

    @Inject
    Database database;

    static String zelenskyy;
    static String putin;
    static String lavrov;
    static String anchorage;
    static String mexico;

    /** Created once for the class (on the first test: the server is up by then). */
    @BeforeEach
    void people() {
        if (zelenskyy != null) {
            return;
        }
        zelenskyy = create(Api.person("Volodymyr Zelenskyy", alias("Володимир Зеленський", "uk")));
        putin = create(Api.person("Vladimir Putin", alias("Владимир Путин", "ru")));
        lavrov = create(Api.person("Sergey Lavrov", alias("Сергей Лавров", "ru")));
        anchorage = create(Api.place("Anchorage", "America/Anchorage"));
        mexico = create(Api.place("Ciudad de México", "America/Mexico_City"));
    }

    @Test
    void spellingsOfZelenskyyAllFindHim() {
        for (String q : List.of("zelenskyy", "Zelensky", "zelenskiy", "ZELENSKYY", "Zelenskyj", "volodymyr")) {
            assertTrue(search(q, "PERSON").contains(zelenskyy), q + " finds Zelenskyy");
        }
    }

    @Test
    void aTypoStillFinds() {
        assertTrue(search("Vladimr Puttin", null).contains(putin));
        assertTrue(search("lavrof", null).contains(lavrov));
    }

    @Test
    void aTypoInAShortWordStillFindsTheFullName() {
        String tusk = create(Api.person("Donald Tusk", null));
        assertTrue(search("Donald Tisk", "PERSON").contains(tusk));
    }

    @Test
    void aMisspeltShortSurnameFindsThePersonNotEveryNamesake() {
        String tusk = create(Api.person("Wendelin Tusk", null));
        String duck = create(Api.person("Wendelin Duck", null));
        String glover = create(Api.person("Wendelin Glover", null));
        for (String q : List.of("Wendelin Tisk", "Wendelin Tussk", "wendelin usk", "Wendelin Tsuk")) {
            List<String> hits = search(q, "PERSON");
            assertTrue(hits.contains(tusk), q + " finds Tusk");
            assertFalse(hits.contains(duck) || hits.contains(glover), q + ": a namesake with another surname is not a match");
        }
    }

    @Test
    void twoLettersSwappedStillFindTheName() {
        String kowalczyk = create(Api.person("Bartholomew Kowalczyk", null));
        for (String q : List.of("Bartholomew Kowlaczyk", "Bratholomew Kowalczyk", "Bartholomew Kowalcyzk")) {
            assertTrue(search(q, "PERSON").contains(kowalczyk), q + " finds Kowalczyk");
        }
    }

    @Test
    void aMisspeltNameFollowsRenamesAliasesMergesAndDeletes() {
        String id = create(Api.person("Zofia Pralk", null));
        asReporter().body(Api.with(Api.person("Zofia Vunk", null), "version", 0)).put("/entities/" + id).then()
                .statusCode(200);
        assertTrue(search("Zofia Vink", "PERSON").contains(id), "the new name, misspelt");
        assertFalse(search("Zofia Prelk", "PERSON").contains(id), "not the old one");

        asReporter().body(Api.with(Api.person("Zofia Vunk", alias("Zosia Blent", null)), "version", 1))
                .put("/entities/" + id).then().statusCode(200);
        assertTrue(search("Zosia Blemt", "PERSON").contains(id), "a new alias, misspelt");

        String duplicate = create(Api.person("Zofia Grunt", null));
        asEditor().body(Map.of("survivorId", id, "version", 0)).post("/entities/" + duplicate + "/merge").then()
                .statusCode(200);
        List<String> hits = search("Zofia Grumt", "PERSON");
        assertTrue(hits.contains(id), "the merged name, misspelt, finds the survivor");
        assertFalse(hits.contains(duplicate), "and not the duplicate");

        String deleted = create(Api.person("Zofia Qwel", null));
        assertTrue(search("Zofia Qwal", "PERSON").contains(deleted));
        as(TestTokens.admin()).delete("/entities/" + deleted).then().statusCode(204);
        assertFalse(search("Zofia Qwal", "PERSON").contains(deleted), "a deleted record is not found by its old words");
    }

    @Test
    void everyWordOfTheQueryCounts() {
        String other = create(Api.person("Vladimir Kara-Murza", null));
        List<String> hits = search("Vladimir Putin", "PERSON");
        assertTrue(hits.contains(putin));
        assertFalse(hits.contains(other), "a namesake without the surname is not a match");
        assertTrue(search("vladimir kara", "PERSON").contains(other));
    }

    @Test
    void punctuationBetweenTheWordsIsIgnored() {
        assertTrue(search("Vladimir \u2013 Putin", null).contains(putin));
        assertEquals(List.of(), search("\u2013 -", null));
    }

    @Test
    void aPrefixFinds() {
        assertTrue(search("put", "PERSON").contains(putin));
        assertTrue(search("Vlad", "PERSON").contains(putin));
        assertTrue(search("anch", "PLACE").contains(anchorage));
    }

    @Test
    void aCyrillicAliasFindsItsPerson() {
        assertTrue(search("Путин", null).contains(putin));
        assertTrue(search("путин", null).contains(putin));
        assertTrue(search("Лавров", null).contains(lavrov));
        assertTrue(search("Зеленський", null).contains(zelenskyy));
    }

    @Test
    void accentsDoNotMatter() {
        assertTrue(search("ciudad de mexico", null).contains(mexico));
        assertTrue(search("MÉXICO", null).contains(mexico));
    }

    @Test
    void theKindFilterKeepsOtherKindsOut() {
        assertTrue(search("Anchorage", "PLACE").contains(anchorage));
        assertFalse(search("Anchorage", "PERSON").contains(anchorage));
    }

    @Test
    void anExactNameRanksAboveALooseMatch() {
        String exact = create(Api.person("Lavrova", null));
        List<String> hits = search("Lavrova", "PERSON");
        assertTrue(hits.indexOf(exact) >= 0 && hits.indexOf(lavrov) >= 0, "both match");
        assertTrue(hits.indexOf(exact) < hits.indexOf(lavrov), "the exact name ranks first");
    }

    @Test
    void somethingElseEntirelyFindsNothing() {
        assertEquals(List.of(), search("Qwxyzzy", null));
    }

    @Test
    void searchPagesWithCursors() {
        for (int i = 0; i < 5; i++) {
            create(Api.person("Paginated Pavlov " + i, null));
        }
        List<String> seen = namesPageByPage("paginated pavlov");
        assertEquals(5, seen.stream().filter(n -> n.startsWith("Paginated Pavlov")).distinct().count());
        assertEquals(seen.size(), seen.stream().distinct().count(), "no record on two pages");
    }

    @Test
    void namesStartingWithTheWordComeFirstAndSimilarOnesFillThePages() {
        for (String name : List.of("Brzęczyk Alpha", "Brzęczyk Beta", "Brzęczyk Gamma", "Brzeczak Delta")) {
            create(Api.person(name, null));
        }
        List<String> seen = namesPageByPage("brzeczyk");
        assertEquals(List.of("Brzęczyk Alpha", "Brzęczyk Beta", "Brzęczyk Gamma", "Brzeczak Delta"), seen,
                "the names with the word first, then the one only like it (a typo away), each once");
    }

    @Test
    void amongNamesStartingWithTheWordsTheWholeWordComesFirstThenTheAlphabet() {
        for (String name : List.of("Adam Quenowakowski", "Zenon Quenowak", "Quirina Ferrer", "Quirina Fernández")) {
            create(Api.person(name, null));
        }
        assertEquals(List.of("Zenon Quenowak", "Adam Quenowakowski"), namesPageByPage("quenowak"),
                "the name with the word itself ranks above one where it only begins a word");
        assertEquals(List.of("Quirina Fernández", "Quirina Ferrer"), namesPageByPage("quirina fer"),
                "names that both start with the words are in alphabetical order (not by shared letter triples)");
    }

    @Test
    void aLongWordsSimilarNamesHaveAWordLikeIt() {
        String teodor = create(Api.person("Teodor Papel-Okam", null));
        String zenon = create(Api.person("Zenon Papel", null));
        String pawel = create(Api.person("Paweł Okam", null));
        List<String> hits = search("Papel-Okam", "PERSON");
        assertEquals(teodor, hits.get(0), "the name itself first");
        assertTrue(hits.contains(zenon), "then a name with a word like it (half its letter triples)");
        assertFalse(hits.contains(pawel), "not a name whose likeness is letters of two of its words (pa-, -el and okam)");
    }

    @Test
    void aWordRunningTwoWordsOfANameTogetherStillFindsIt() {
        String ute = create(Api.person("Ute Marie Luise Quadflieg", null));
        assertTrue(search("marieluise", "PERSON").contains(ute), "no word of any name is like it: whole names are compared");
    }

    @Test
    void aRecordFoundByItsNameAndItsAliasIsListedOnceAtItsBestRank() {
        create(Api.person("Bogna Xawerska", alias("Xawer", null)));
        create(Api.person("Celina Xawery", null));
        create(Api.person("Anna Xawerowa", null));
        assertEquals(List.of("Bogna Xawerska", "Anna Xawerowa", "Celina Xawery"), namesPageByPage("xawer"),
                "the alias that is the whole word ranks its record first, once; the others in name order");
    }

    @Test
    void aWordStartingHundredsOfNamesRanksThemAsAFewWouldBe() {
        for (int i = 0; i < 510; i++) {
            create(Api.person(String.format("Yrsa Yarrowfield %03d", i), null));
        }
        String zuzanna = create(Api.person("Zuzanna Yarrow", null));
        String quill = create(Api.person("Adam Quill", alias("Yarrow", null)));
        String aaron = create(Api.person("Aaron Yarrowson", alias("Aaron Yarrowson Jr", null)));
        String village = create(Api.place("Yarrowby", "Europe/Warsaw"));
        String archived = create(Api.person("Aa Yarrowless", null));
        asEditor().body(Map.of("version", 0, "reason", "duplicate")).post("/entities/" + archived + "/archive").then().statusCode(200);
        // the statistics autovacuum keeps, brought up to date now: from them the search expects hundreds of
        // names and looks at the first names in name order first (the ranking must not depend on it)
        database.analyze("entity");
        assertTrue(database.expectedNamesStarting("'yarrow':*") >= 500, "the search takes its path for hundreds of names");

        List<String> first = search("yarrow", null).subList(0, 8);
        assertEquals(List.of(quill, zuzanna, aaron), first.subList(0, 3),
                "the exact alias, then the whole word, then names starting with it, each record once");
        assertEquals(List.of("Yarrowby", "Yrsa Yarrowfield 000", "Yrsa Yarrowfield 001", "Yrsa Yarrowfield 002",
                "Yrsa Yarrowfield 003"), first.subList(3, 8).stream().map(id -> Api.read(id).getString("name")).toList(),
                "then in name order, archived records left out");
        assertFalse(search("yarrow", "PERSON").contains(village), "the kind filter holds among hundreds of names");
        String after = asViewer().queryParam("q", "yarrow").queryParam("first", 3).get("/entities/search").then()
                .statusCode(200).extract().path("pageInfo.endCursor");
        JsonPath second = asViewer().queryParam("q", "yarrow").queryParam("first", 3).queryParam("after", after)
                .get("/entities/search").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Yarrowby", "Yrsa Yarrowfield 000", "Yrsa Yarrowfield 001"),
                second.getList("edges.node.name", String.class), "the next page follows on");
    }

    /** The names of every page of a search, two at a time, following the cursors. */
    private static List<String> namesPageByPage(String q) {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var request = asViewer().queryParam("q", q).queryParam("first", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/entities/search").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("edges.node.name", String.class));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
        } while (after != null);
        return seen;
    }

    @Test
    void aSearchCursorIsCheckedToo() {
        asViewer().queryParam("q", "putin").queryParam("after", "bm9wZQ").get("/entities/search").then()
                .statusCode(400).body("field", is("after"));
    }

    /** The largest position a cursor could hold overflowed the search's LIMIT offset + first: a 500 and an ERROR. */
    @Test
    void aCursorFarPastAnyPageIsBadInputNotAnOverflow() {
        asViewer().queryParam("q", "putin").queryParam("after", org.newsgraph.platform.paging.Cursor.ofPosition(
                Integer.MAX_VALUE)).get("/entities/search").then()
                .statusCode(400).body("code", is("BAD_USER_INPUT")).body("field", is("after"));
    }
}
