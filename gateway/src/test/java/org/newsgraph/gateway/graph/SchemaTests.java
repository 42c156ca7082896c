package org.newsgraph.gateway.graph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * The public API is the committed SDL (gateway/schema.graphql): a change to the served schema
 * must show up as a diff of that file. To accept a change on purpose, run
 * {@code ./mvnw -B verify -pl gateway -am -Dtest=SchemaTests -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnewsgraph.schema.write=true} and commit the file. The rules typed clients rely on (ids,
 * connections, Node) are checked on the SDL itself, so a new type cannot forget them.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class SchemaTests {

    private static final Path COMMITTED = Path.of("schema.graphql");

    /** The records a client can refetch with node(id:), and the interface of four of them. */
    private static final Set<String> NODES = Set.of("Story", "Event", "Quote", "Entity", "Person", "Organisation",
            "Place", "Delegation");

    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        String served = served();
        if (Boolean.getBoolean("newsgraph.schema.write")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), served,
                "the served schema differs from gateway/schema.graphql; if the change is intended, "
                        + "regenerate it with -Dnewsgraph.schema.write=true and commit it");
    }

    @Test
    void everyIdIsNonNullAndEveryRecordWithOneCanBeRefetched() {
        TypeDefinitionRegistry schema = new SchemaParser().parse(served());
        List<String> wrong = new ArrayList<>();
        for (ImplementingTypeDefinition<?> type : schema.getTypes(ImplementingTypeDefinition.class)) {
            for (FieldDefinition field : type.getFieldDefinitions()) {
                if (field.getName().equals("id") && !print(field.getType()).equals("ID!")) {
                    wrong.add(type.getName() + ".id is " + print(field.getType()));
                }
            }
            boolean node = type.getImplements().stream().anyMatch(t -> print(t).equals("Node"));
            if (NODES.contains(type.getName()) != node) {
                wrong.add(type.getName() + (node ? " should not" : " should") + " implement Node");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyListIsAConnectionWithEdgesNodesAndPageInfoOrAListOfNonNullItems() {
        TypeDefinitionRegistry schema = new SchemaParser().parse(served());
        List<String> wrong = new ArrayList<>();
        for (ImplementingTypeDefinition<?> type : schema.getTypes(ImplementingTypeDefinition.class)) {
            String name = type.getName();
            if (name.endsWith("Connection")) {
                String node = print(field(type, "nodes").getType()).replaceAll("[\\[\\]!]", "");
                String edge = name.replace("Connection", "Edge");
                expect(wrong, type, "edges", "[" + edge + "!]!");
                expect(wrong, type, "nodes", "[" + node + "!]!");
                expect(wrong, type, "pageInfo", "PageInfo!");
                expect(wrong, schemaType(schema, edge), "cursor", "String!");
                expect(wrong, schemaType(schema, edge), "node", node + "!");
            }
            for (FieldDefinition field : type.getFieldDefinitions()) {
                checkItems(wrong, name + "." + field.getName(), field.getType());
                field.getInputValueDefinitions().forEach(a -> checkItems(wrong,
                        name + "." + field.getName() + "(" + a.getName() + ")", a.getType()));
            }
        }
        for (InputObjectTypeDefinition input : schema.getTypes(InputObjectTypeDefinition.class)) {
            for (InputValueDefinition field : input.getInputValueDefinitions()) {
                checkItems(wrong, input.getName() + "." + field.getName(), field.getType());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void countsAreInts() {
        TypeDefinitionRegistry schema = new SchemaParser().parse(served());
        assertEquals(false, schema.scalars().containsKey("BigInteger"), "counts are Int, not BigInteger");
        assertEquals("Int!", print(field(schemaType(schema, "QuoteConnection"), "totalCount").getType()));
    }

    @Test
    void graphiqlIsServedForPeopleToTryQueries() {
        given().get("/q/graphql-ui/").then().statusCode(200);
    }

    private static String served() {
        return given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString()
                .replace("\r\n", "\n").strip() + "\n";
    }

    private static ImplementingTypeDefinition<?> schemaType(TypeDefinitionRegistry schema, String name) {
        return (ImplementingTypeDefinition<?>) schema.getType(name).orElseThrow();
    }

    private static FieldDefinition field(ImplementingTypeDefinition<?> type, String name) {
        return type.getFieldDefinitions().stream().filter(f -> f.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(type.getName() + " has no field " + name));
    }

    private static void expect(List<String> wrong, ImplementingTypeDefinition<?> type, String name, String wanted) {
        String actual = type.getFieldDefinitions().stream().filter(f -> f.getName().equals(name))
                .map(f -> print(f.getType())).findFirst().orElse("missing");
        if (!actual.equals(wanted)) {
            wrong.add(type.getName() + "." + name + " is " + actual + ", not " + wanted);
        }
    }

    /** A list's items are always there: a client never has to skip a null in a list. */
    private static void checkItems(List<String> wrong, String where, Type<?> type) {
        Type<?> list = type instanceof NonNullType n ? n.getType() : type;
        if (list instanceof ListType l && !(l.getType() instanceof NonNullType)) {
            wrong.add(where + " is " + print(type) + ": its items may be null");
        }
    }

    private static String print(Type<?> type) {
        if (type instanceof NonNullType n) {
            return print(n.getType()) + "!";
        }
        if (type instanceof ListType l) {
            return "[" + print(l.getType()) + "]";
        }
        return ((TypeName) type).getName();
    }
}
