package org.newsgraph.local;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;

/**
 * Which fields of the gateway's schema a test asked for, and which it must ask for: every root
 * field, and every join (a field whose value the gateway fetches from a service). Both come from
 * the served SDL, so a new root field or join without a test fails the build.
 */
final class SchemaCoverage {

    /** Types that only wrap what a root field or join fetched: their fields are not joins. */
    private static final Set<String> WRAPPER_SUFFIXES = Set.of("Connection", "Edge", "Revision", "Snapshot", "Change");

    /** The scalars SmallRye GraphQL uses without printing them in the SDL (ISO-8601 strings on the wire). */
    private static final List<String> UNPRINTED_SCALARS = List.of("Date", "DateTime", "Time", "BigInteger");

    private final GraphQLSchema schema;
    private final Set<String> asked = new TreeSet<>();

    SchemaCoverage(String sdl) {
        StringBuilder complete = new StringBuilder(sdl);
        for (String scalar : UNPRINTED_SCALARS) {
            if (!sdl.contains("scalar " + scalar + "\n")) {
                complete.append("\nscalar ").append(scalar).append('\n');
            }
        }
        this.schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(complete.toString()));
    }

    /** Notes every field (as Type.field) this operation selects. */
    void record(String query, Map<String, Object> variables) {
        Document document = Parser.parse(query);
        QueryTraverser.newQueryTraverser().schema(schema).document(document).variables(variables).build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        if (!field.isTypeNameIntrospectionField()) {
                            asked.add(coordinate(field.getFieldsContainer(), field.getFieldDefinition()));
                        }
                    }
                });
    }

    /**
     * Every field of Query and Mutation, and every join: a field of a record type whose value is a
     * record (a Node), a list of them, a connection, a history or a person's affiliations. A field
     * that an interface declares counts once, for the interface (one resolver serves them all).
     * Subscriptions travel over graphql-ws and are covered by their own suite test.
     */
    Set<String> required() {
        Set<String> required = new TreeSet<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__") || !(type instanceof GraphQLFieldsContainer container)
                    || type.getName().equals("Subscription")) {
                continue;
            }
            boolean root = type.getName().equals("Query") || type.getName().equals("Mutation");
            if (!root && WRAPPER_SUFFIXES.stream().anyMatch(type.getName()::endsWith)) {
                continue;
            }
            for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                if (root || isJoin(field.getType())) {
                    required.add(coordinate(container, field));
                }
            }
        }
        return required;
    }

    Set<String> asked() {
        return asked;
    }

    private boolean isJoin(GraphQLType type) {
        GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
        String name = named.getName();
        return isNode(named) || name.endsWith("Connection") || name.endsWith("Revision") || name.equals("Affiliation");
    }

    private boolean isNode(GraphQLNamedType type) {
        if (type.getName().equals("Node")) {
            return true;
        }
        if (type instanceof GraphQLObjectType object) {
            return object.getInterfaces().stream().anyMatch(i -> i.getName().equals("Node"));
        }
        return type instanceof GraphQLInterfaceType face && face.getInterfaces().stream()
                .anyMatch(i -> i.getName().equals("Node"));
    }

    /** Type.field, or Interface.field when the type has the field from an interface. */
    private String coordinate(GraphQLFieldsContainer container, GraphQLFieldDefinition field) {
        if (container instanceof GraphQLObjectType object) {
            for (var face : object.getInterfaces()) {
                GraphQLInterfaceType declared = (GraphQLInterfaceType) schema.getType(face.getName());
                if (declared != null && declared.getFieldDefinition(field.getName()) != null
                        && !face.getName().equals("Node")) {
                    return face.getName() + "." + field.getName();
                }
            }
        }
        return container.getName() + "." + field.getName();
    }
}
