package org.newsgraph.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.local.GraphFuzz.Operation;
import org.newsgraph.local.GraphFuzz.Request;

/** The fuzz run is reproducible from its seed, and really changes what it starts from. */
class GraphFuzzTests {

    private static final List<Operation> CORPUS = List.of(
            new Operation("query($id: ID!) { story(id: $id) { title timeline(first: 5) { edges { node { title } } } } }",
                    Map.of("id", "a")),
            new Operation("mutation($n: String!) { createEntity(input: {kind: PERSON, name: $n}) { id } }", Map.of("n", "X")));
    private static final List<String> USERS = Arrays.asList(null, "vera", "ada");

    @Test
    void theSameSeedGivesTheSameRequests() {
        List<Request> first = new GraphFuzz(7, CORPUS, List.of("id-1"), USERS).requests(300, 40, 40);
        List<Request> again = new GraphFuzz(7, CORPUS, List.of("id-1"), USERS).requests(300, 40, 40);
        List<Request> other = new GraphFuzz(8, CORPUS, List.of("id-1"), USERS).requests(300, 40, 40);

        assertEquals(380, first.size());
        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void documentsAreMutatedAndEveryKindOfRequestIsSent() {
        List<Request> requests = new GraphFuzz(11, CORPUS, List.of("id-1"), USERS).requests(500, 100, 100);
        long unchanged = requests.subList(0, 500).stream()
                .filter(r -> CORPUS.stream().anyMatch(o -> r.body().contains(GraphFuzz.Json.write(o.query())))).count();
        assertTrue(unchanged < 50, unchanged + " of 500 documents were sent as they were");
        assertTrue(requests.stream().anyMatch(r -> r.user() == null), "some without a token");
        assertTrue(requests.stream().anyMatch(r -> "GET".equals(r.method())));
        assertTrue(requests.stream().anyMatch(r -> "application/graphql".equals(r.contentType())));
        assertTrue(requests.stream().anyMatch(r -> r.mutation().startsWith("variable ")));
        assertTrue(requests.stream().anyMatch(r -> r.mutation().contains("argument ")));
    }

    @Test
    void stringsAreWrittenAsJsonRequires() {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("q", "a\u0000b\"\\\uD800");
        body.put("n", null);
        body.put("l", List.of(1, true));
        assertEquals("{\"q\":\"a\\u0000b\\\"\\\\\\ud800\",\"n\":null,\"l\":[1,true]}", GraphFuzz.Json.write(body));
    }
}
