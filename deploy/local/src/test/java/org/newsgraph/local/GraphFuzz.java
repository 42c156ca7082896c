package org.newsgraph.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests for the gateway made by mutating real queries and mutations of the schema, seeded so
 * that a run can be repeated exactly ({@code -Dnewsgraph.fuzz.seed=…}): documents with tokens
 * dropped, doubled, swapped or cut off, arguments given odd values, aliases, directives, fragments
 * and fields that do not fit, variables of the wrong shape, and envelopes that are not what a
 * GraphQL server expects. Pure: no I/O; the ids it puts in come from the caller.
 */
final class GraphFuzz {

    /** One request: who sends it (a demo user's name, or null for no token), how, and what. */
    record Request(int index, String user, String method, String contentType, String body, String mutation) {
    }

    /** A real operation and the variables it runs with. */
    record Operation(String query, Map<String, Object> variables) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\]++|\\\\.)*+\"|\\.\\.\\.|\\$?[_A-Za-z][_0-9A-Za-z]*|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|[{}()\\[\\]:!=@,|&]");
    private static final Pattern ARGUMENT_VALUE = Pattern.compile(
            "(\\w+)\\s*:\\s*(\"(?:[^\"\\\\]++|\\\\.)*+\"|-?\\d+(?:\\.\\d+)?|true|false|null|[A-Z][A-Z_]+|\\$\\w+)");
    private static final Pattern FIELD = Pattern.compile("(?<=[{\\s])([a-z][A-Za-z]*)(?=[\\s({}])");

    private static final List<String> ODD_LITERALS = List.of(
            "\"\"", "\"\\u0000\"", "\"a\\u0000b\"", "-1", "0", "2147483648", "-2147483649", "1.5", "1e309", "null", "[null]",
            "[]", "{}", "true", "\"+300000-01-01T00:00:00Z\"", "\"+999999999-12-31\"", "\"PT100000000000H\"",
            "\"Europe/Narnia\"", "\"BST\"", "\"+02:00\"", "\"' OR 1=1 --\"", "\"../../etc/passwd\"",
            "\"<script>alert(1)</script>\"", "\"\\uD83D\\uDE00\"", "\"\\u202Eevil\"", "\"\\uD800\"", "DRAFT", "PUBLISHED",
            "RETRACTED", "\"9999-99-99\"", "\"2025-02-30\"", "\"25:61\"", "\"not-a-uuid\"", "\"" + "x".repeat(3000) + "\"",
            "\"%00\"", "\"\\\\\"", "\"YXQ6LTU\"", "\"c2VhcmNoHy01\"", "\"AAAA\"", "\"=HYPERLINK(1)\"");
    private static final List<Object> ODD_VALUES = Arrays.asList(
            "", "\u0000", "a\u0000b", -1, 0, 2147483648L, 1e308, 1.5, null, List.of(), Arrays.asList((Object) null),
            Map.of(), Map.of("a", Map.of("b", Map.of("c", 1))), true, "+300000-01-01T00:00:00Z", "+999999999-12-31",
            "PT100000000000H", "Europe/Narnia", "' OR 1=1 --", "x".repeat(5000), "\uD83D\uDE00", "not-a-uuid",
            "YXQ6LTU", "c2VhcmNoHy01", new java.math.BigInteger("99999999999999999999999"), "DRAFT", "vera",
            Arrays.asList("TALKS", null), List.of(1, 2, 3));
    private static final List<String> DIRECTIVES = List.of("@include(if: true)", "@include(if: false)", "@skip(if: true)",
            "@skip(if: $nothing)", "@deprecated", "@unknown", "@include", "@include(if: \"yes\")");
    private static final List<String> FIELDS = List.of("id", "title", "name", "text", "notes", "history", "state",
            "timeline", "quotes", "speaker", "participants", "entity", "story", "event", "version", "users", "me",
            "__typename", "__schema", "password", "salary", "edges", "node", "cursor", "snapshot", "verification");
    private static final List<String> ENVELOPES = List.of(
            "{\"query\": \"{ me { username } }\", \"variables\": \"x\"}",
            "{\"query\": \"{ me { username } }\", \"variables\": []}",
            "{\"query\": \"{ me { username } }\", \"variables\": 1}",
            "{\"query\": \"{ me { username } }\", \"operationName\": 7}",
            "{\"query\": \"{ me { username } }\", \"operationName\": {}}",
            "{\"query\": \"{ me { username } }\", \"operationName\": \"Missing\"}",
            "{\"query\": \"query A { me { username } } query B { me { roles } }\"}",
            "{\"query\": \"query A { me { username } } query A { me { roles } }\", \"operationName\": \"A\"}",
            "{\"query\": 7}", "{\"query\": null}", "{\"query\": []}", "{\"variables\": {}}", "{}", "[]", "null", "\"\"", "",
            "not json", "{\"query\": \"{ me { username } }\"", "[{\"query\": \"{ me { username } }\"}]",
            "{\"query\": \"{ me { username } }\", \"extensions\": \"x\"}",
            "{\"query\": \"{ me { username } }\", \"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"abc\"}}}",
            "{\"query\": \"{ me { username } }\", \"query\": \"{ me { roles } }\"}",
            "{\"query\": \"\\u0000\"}", "{\"query\": \"\"}", "{\"query\": \" \"}", "{\"query\": \"#\"}",
            "{\"query\": \"{ me { username } }\", \"variables\": {\"x\": 1e999999}}",
            "{\"query\": \"{ me { username } }\", \"variables\": {\"x\": " + "[".repeat(3000) + "]".repeat(3000) + "}}",
            "{\"query\": \"{ me { username } }\", \"variables\": " + "{\"a\":".repeat(200) + "1" + "}".repeat(200) + "}",
            "{\"query\": \"subscription { me { username } }\"}", "{\"query\": \"mutation { me { username } }\"}",
            "{\"query\": \"{ me { username } }\"}\u0000", "\uFEFF{\"query\": \"{ me { username } }\"}");

    private final Random random;
    private final List<Operation> corpus;
    private final List<String> ids;
    private final List<String> users;

    /**
     * @param corpus real operations to start from
     * @param ids ids worth trying in place of others (records that exist)
     * @param users who sends: demo users' names, and null for no token
     */
    GraphFuzz(long seed, List<Operation> corpus, List<String> ids, List<String> users) {
        this.random = new Random(seed);
        this.corpus = corpus;
        this.ids = ids;
        this.users = users;
    }

    /** {@code documents} mutated operations, then {@code envelopes} malformed envelopes and {@code variables} odd variables. */
    List<Request> requests(int documents, int envelopes, int variables) {
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            Operation operation = pick(corpus);
            StringBuilder what = new StringBuilder();
            String query = operation.query();
            int steps = 1 + random.nextInt(3);
            for (int step = 0; step < steps; step++) {
                query = mutate(query, what);
            }
            requests.add(json(requests.size(), query, withIds(operation.variables()), what.toString()));
        }
        for (int i = 0; i < envelopes; i++) {
            requests.add(envelope(requests.size()));
        }
        for (int i = 0; i < variables; i++) {
            Operation operation = pick(corpus);
            Map<String, Object> odd = new LinkedHashMap<>(withIds(operation.variables()));
            String what = oddVariables(odd);
            requests.add(json(requests.size(), operation.query(), odd, what));
        }
        return requests;
    }

    private Request json(int index, String query, Map<String, Object> variables, String what) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return new Request(index, pick(users), "POST", "application/json", Json.write(body), what);
    }

    private Request envelope(int index) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return new Request(index, pick(users), "POST", "application/graphql", pick(corpus).query(), "application/graphql body");
        }
        if (kind == 1) {
            return new Request(index, pick(users), "GET", null, null, "GET");
        }
        if (kind == 2) {
            return new Request(index, pick(users), "POST", "text/plain", pick(ENVELOPES), "text/plain envelope");
        }
        return new Request(index, pick(users), "POST", "application/json", pick(ENVELOPES), "malformed envelope");
    }

    private String mutate(String query, StringBuilder what) {
        List<int[]> tokens = tokens(query);
        if (tokens.isEmpty()) {
            return query;
        }
        switch (random.nextInt(14)) {
            case 0 -> {
                int[] t = pick(tokens);
                what.append("drop token; ");
                return query.substring(0, t[0]) + query.substring(t[1]);
            }
            case 1 -> {
                int[] t = pick(tokens);
                what.append("double token; ");
                return query.substring(0, t[1]) + " " + query.substring(t[0], t[1]) + query.substring(t[1]);
            }
            case 2 -> {
                int i = random.nextInt(tokens.size());
                if (i + 1 >= tokens.size()) {
                    return query;
                }
                int[] a = tokens.get(i);
                int[] b = tokens.get(i + 1);
                what.append("swap tokens; ");
                return query.substring(0, a[0]) + query.substring(b[0], b[1]) + query.substring(a[1], b[0])
                        + query.substring(a[0], a[1]) + query.substring(b[1]);
            }
            case 3 -> {
                int at = random.nextInt(query.length() + 1);
                what.append("cut at ").append(at).append("; ");
                return query.substring(0, at);
            }
            case 4 -> {
                int at = pick(tokens)[0];
                String junk = pick(List.of("{", "}", "(", ")", "[", "]", ":", "!", "$", "@", "#", "...", "\"", "\\", "=", "|"));
                what.append("insert ").append(junk).append("; ");
                return query.substring(0, at) + junk + query.substring(at);
            }
            case 5, 6, 7 -> {
                return oddArgument(query, what);
            }
            case 8 -> {
                return insertAfterField(query, what, f -> "a" + random.nextInt(50) + ": " + f, "alias");
            }
            case 9 -> {
                return insertAfterField(query, what, f -> f + " " + pick(DIRECTIVES), "directive");
            }
            case 10 -> {
                return insertAfterField(query, what, f -> pick(FIELDS), "other field");
            }
            case 11 -> {
                what.append("fragment; ");
                int brace = query.indexOf('{', query.indexOf('{') + 1);
                if (brace < 0) {
                    return query;
                }
                String type = pick(List.of("Story", "Event", "Quote", "Person", "Query", "Entity", "Nothing"));
                return query.substring(0, brace + 1) + " ...Fz " + query.substring(brace + 1)
                        + " fragment Fz on " + type + " { " + pick(FIELDS) + " " + pick(List.of("", "...Fz", "__typename")) + " }";
            }
            case 12 -> {
                what.append("first; ");
                Matcher connection = Pattern.compile("(timeline|quotes|edges|stories|events|searchQuotes|entities)\\(").matcher(query);
                if (connection.find()) {
                    return query.substring(0, connection.end()) + "first: " + pick(List.of("-1", "0", "101", "100000",
                            "2147483648", "\"ten\"", "null")) + ", " + query.substring(connection.end());
                }
                return query;
            }
            default -> {
                what.append("two operations; ");
                return query + " " + query;
            }
        }
    }

    private String oddArgument(String query, StringBuilder what) {
        Matcher values = ARGUMENT_VALUE.matcher(query);
        List<int[]> found = new ArrayList<>();
        while (values.find()) {
            found.add(new int[] { values.start(2), values.end(2) });
        }
        if (found.isEmpty()) {
            return query;
        }
        int[] value = pick(found);
        String odd = random.nextInt(4) == 0 && !ids.isEmpty() ? "\"" + pick(ids) + "\"" : pick(ODD_LITERALS);
        what.append("argument ").append(query, value[0], value[1]).append(" -> ")
                .append(odd.length() > 40 ? odd.substring(0, 40) + "…" : odd).append("; ");
        return query.substring(0, value[0]) + odd + query.substring(value[1]);
    }

    private String insertAfterField(String query, StringBuilder what, java.util.function.UnaryOperator<String> change,
            String name) {
        Matcher fields = FIELD.matcher(query);
        List<int[]> found = new ArrayList<>();
        while (fields.find()) {
            if (!List.of("query", "mutation", "fragment", "on", "true", "false", "null").contains(fields.group(1))) {
                found.add(new int[] { fields.start(1), fields.end(1) });
            }
        }
        if (found.isEmpty()) {
            return query;
        }
        int[] field = pick(found);
        String replaced = change.apply(query.substring(field[0], field[1]));
        what.append(name).append(": ").append(replaced).append("; ");
        return query.substring(0, field[0]) + replaced + query.substring(field[1]);
    }

    private String oddVariables(Map<String, Object> variables) {
        switch (random.nextInt(4)) {
            case 0 -> {
                if (variables.isEmpty()) {
                    variables.put("unused", pick(ODD_VALUES));
                    return "unused variable";
                }
                String name = pick(new ArrayList<>(variables.keySet()));
                variables.remove(name);
                return "drop variable " + name;
            }
            case 1 -> {
                variables.put("extra" + random.nextInt(3), pick(ODD_VALUES));
                return "extra variable";
            }
            default -> {
                if (variables.isEmpty()) {
                    variables.put("x", pick(ODD_VALUES));
                    return "odd variable x";
                }
                String name = pick(new ArrayList<>(variables.keySet()));
                Object odd = random.nextInt(4) == 0 && !ids.isEmpty() ? pick(ids) : pick(ODD_VALUES);
                variables.put(name, odd);
                String shown = String.valueOf(odd);
                return "variable " + name + " = " + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
            }
        }
    }

    /** The corpus's variables, an id variable sometimes swapped for another record's (or a made-up one). */
    private Map<String, Object> withIds(Map<String, Object> variables) {
        Map<String, Object> copy = new LinkedHashMap<>(variables);
        for (Map.Entry<String, Object> entry : copy.entrySet()) {
            if (entry.getKey().equals("id") && random.nextInt(5) == 0) {
                entry.setValue(random.nextBoolean() || ids.isEmpty() ? new UUID(random.nextLong(), random.nextLong()).toString()
                        : pick(ids));
            }
        }
        return copy;
    }

    private static List<int[]> tokens(String query) {
        List<int[]> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(query);
        while (matcher.find()) {
            tokens.add(new int[] { matcher.start(), matcher.end() });
        }
        return tokens;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** Just enough JSON writing for request bodies (strings escaped as JSON requires, also lone surrogates and NUL). */
    static final class Json {
        private Json() {
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof String text) {
                out.append('"');
                for (char c : text.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
                out.append('"');
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(String.valueOf(entry.getKey()), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(list.get(i), out);
                }
                out.append(']');
            } else {
                out.append(value);
            }
        }
    }
}
