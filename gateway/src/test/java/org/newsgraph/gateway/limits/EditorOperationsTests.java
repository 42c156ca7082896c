package org.newsgraph.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every operation the editor UI sends stays within the gateway's own limits: a page whose query is
 * over one is refused whole, and the user sees "Not found" (the place page's events once took the
 * person page's query to 346 fields, caught only by a browser test). Read from the UI's sources, each
 * {@code graphql(`…`)} with the fragments it spreads, costed the way the gateway costs a request.
 */
class EditorOperationsTests {

    private static final Path SOURCES = Path.of("src/main/webui/src");
    private static final Pattern OPERATION = Pattern.compile("graphql\\(`(.*?)`\\)", Pattern.DOTALL);

    @Test
    void everyOperationOfTheEditorIsWithinTheGatewaysLimits() throws IOException {
        Properties config = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            config.load(reader);
        }
        long maxFields = Long.parseLong(config.getProperty("newsgraph.graphql.max-complexity"));
        int maxDepth = Integer.parseInt(config.getProperty("newsgraph.graphql.max-depth"));
        long maxAliases = Long.parseLong(config.getProperty("newsgraph.graphql.max-aliases"));

        Document document = asUrqlSendsIt(Parser.parse(editorDocuments()));
        QueryCost costs = QueryCost.of(document);
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        assertTrue(operations.size() >= 30, "the editor's operations were found: " + operations.size());
        List<String> over = new ArrayList<>();
        for (OperationDefinition operation : operations) {
            QueryCost.Cost cost = costs.of(operation);
            if (cost.fields() > maxFields || cost.depth() > maxDepth || cost.aliases() > maxAliases) {
                over.add(operation.getName() + ": " + cost.fields() + " fields, " + cost.depth() + " levels, "
                        + cost.aliases() + " aliases");
            }
        }
        assertEquals(List.of(), over, "at most " + maxFields + " fields, " + maxDepth + " levels and " + maxAliases
                + " aliases are accepted");
    }

    /**
     * The document as the UI's GraphQL client (urql) sends it: its document cache adds {@code __typename}
     * to every selection set below the operation's root that does not ask for it (fields, inline
     * fragments, fragment definitions), so a page asks for more fields than its source shows.
     */
    private static Document asUrqlSendsIt(Document document) {
        return document.transform(d -> d.definitions(document.getDefinitions().stream().map(definition -> {
            if (definition instanceof FragmentDefinition fragment) {
                return (Definition) fragment.transform(f -> f.selectionSet(withTypename(fragment.getSelectionSet())));
            }
            if (definition instanceof OperationDefinition operation) {
                return (Definition) operation.transform(o -> o.selectionSet(operation.getSelectionSet().transform(
                        set -> set.selections(operation.getSelectionSet().getSelections().stream()
                                .map(EditorOperationsTests::withTypename).toList()))));
            }
            return definition;
        }).toList()));
    }

    private static Selection withTypename(Selection<?> selection) {
        if (selection instanceof Field field && field.getSelectionSet() != null) {
            return field.transform(f -> f.selectionSet(withTypename(field.getSelectionSet())));
        }
        if (selection instanceof InlineFragment inline) {
            return inline.transform(i -> i.selectionSet(withTypename(inline.getSelectionSet())));
        }
        return selection;
    }

    private static SelectionSet withTypename(SelectionSet set) {
        List<Selection> selections = new ArrayList<>(set.getSelections().stream().map(EditorOperationsTests::withTypename)
                .toList());
        if (set.getSelections().stream().noneMatch(s -> s instanceof Field f && f.getName().equals("__typename")
                && f.getAlias() == null)) {
            selections.add(new Field("__typename"));
        }
        return set.transform(s -> s.selections(selections));
    }

    /** The text of every graphql(`…`) in the UI's sources (not its tests, not the generated code), as one document. */
    private static String editorDocuments() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.tsx?$"))
                    .filter(f -> !f.toString().contains(".test.") && !SOURCES.relativize(f).startsWith("gql"))
                    .sorted().toList()) {
                Matcher found = OPERATION.matcher(Files.readString(file));
                while (found.find()) {
                    all.append(found.group(1)).append('\n');
                }
            }
        }
        return all.toString();
    }
}
