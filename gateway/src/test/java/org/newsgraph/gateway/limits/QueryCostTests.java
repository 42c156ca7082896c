package org.newsgraph.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.Document;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

/** The cost of a document is read once, linearly, and fragments neither hide nor repeat work. */
class QueryCostTests {

    @Test
    void aFragmentThatSpreadsItselfThroughAnotherIsACycle() {
        QueryCost.FragmentCycle cycle = assertThrows(QueryCost.FragmentCycle.class, () -> QueryCost.of(
                parse("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }")));
        assertTrue(cycle.getMessage().contains("A → B → A"), cycle.getMessage());
    }

    @Test
    void aFragmentThatSpreadsItselfDeepInsideIsACycle() {
        assertThrows(QueryCost.FragmentCycle.class, () -> QueryCost.of(
                parse("query { ...A } fragment A on Query { story { timeline { edges { node { ... on Event { ...A } } } } } }")));
    }

    @Test
    void aFragmentSpreadTwiceSideBySideIsNoCycle() {
        Document document = parse("query { ...A ...A } fragment A on Query { me { username } }");
        assertEquals(new QueryCost.Cost(2, 4, 0), cost(document));
    }

    /** The chain that took 0.6 s at 24 levels and never finished at 40: read in one pass. */
    @Test
    void aChainOfFragmentsEachSpreadingTheNextTwiceIsReadOnceAndCountsEveryField() {
        int levels = 40;
        Document document = parse(doublingChain(levels));
        QueryCost costs = QueryCost.of(document);
        QueryCost.Cost cost = costs.of(operation(document));

        assertEquals(QueryCost.MANY, cost.fields(), "2^40 fields: more than any limit");
        assertEquals(1, cost.depth());
        assertTrue(costs.selectionsRead() <= selectionsWritten(document),
                costs.selectionsRead() + " selections read for " + selectionsWritten(document) + " written");

        QueryCost.Cost ten = cost(parse(doublingChain(10)));
        assertEquals(1024, ten.fields(), "each level doubles the fields, as if written out");
    }

    /** 301 fields behind ten chained spreads are 301 fields, and as deep as written out. */
    @Test
    void fieldsBehindChainedSpreadsCountAsIfWrittenOut() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 301; i++) {
            fields.append(" f").append(i).append(": __typename");
        }
        StringBuilder query = new StringBuilder("query { ...F0 }");
        for (int i = 0; i < 10; i++) {
            query.append(" fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" }");
        }
        query.append(" fragment F10 on Query {").append(fields).append(" }");

        QueryCost.Cost hidden = cost(parse(query.toString()));
        QueryCost.Cost inline = cost(parse("query {" + fields + " }"));

        assertEquals(new QueryCost.Cost(1, 301, 301), hidden);
        assertEquals(inline, hidden);
    }

    @Test
    void theSameSelectionCostsTheSameWrittenInlineInAnInlineFragmentOrAsAFragment() {
        String selection = "story(slug: \"s\") { title timeline { edges { node { id title participants { entity { name } } } } } }";
        QueryCost.Cost inline = cost(parse("query { " + selection + " }"));
        QueryCost.Cost typed = cost(parse("query { ... on Query { " + selection + " } }"));
        QueryCost.Cost named = cost(parse("query { ...S } fragment S on Query { " + selection + " }"));
        QueryCost.Cost nested = cost(parse("query { story(slug: \"s\") { ...T } } fragment T on Story { title timeline "
                + "{ edges { node { ...E } } } } fragment E on Event { id title participants { entity { name } } }"));

        assertEquals(new QueryCost.Cost(7, 10, 0), inline);
        assertEquals(inline, typed);
        assertEquals(inline, named);
        assertEquals(inline, nested);
    }

    @Test
    void aliasesInAFragmentCountEachTimeItIsSpread() {
        QueryCost.Cost cost = cost(parse("query { a: me { ...M } b: me { ...M } c: me { ...M } } "
                + "fragment M on Me { x: username y: roles }"));
        assertEquals(9, cost.aliases());
        assertEquals(9, cost.fields());
    }

    @Test
    void anUnknownFragmentCostsNothingHereAndIsLeftToValidation() {
        assertEquals(new QueryCost.Cost(1, 1, 0), cost(parse("query { __typename ...Missing }")));
    }

    @Test
    void anOperationThatOnlyAsksAboutTheSchemaIsIntrospection() {
        assertTrue(introspection("query { __schema { types { name } } }"));
        assertTrue(introspection("query { ...S } fragment S on Query { __type(name: \"Story\") { name } __typename }"));
        assertFalse(introspection("query { __schema { types { name } } me { username } }"));
        assertFalse(introspection("query { ... on Query { __typename story(slug: \"s\") { title } } }"));
        assertFalse(introspection("query { me { __typename } }"));
    }

    private static boolean introspection(String query) {
        Document document = parse(query);
        return QueryCost.of(document).isIntrospection(operation(document));
    }

    private static String doublingChain(int levels) {
        StringBuilder query = new StringBuilder("query { ...F0 }");
        for (int i = 0; i < levels; i++) {
            query.append(" fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1)
                    .append(" }");
        }
        query.append(" fragment F").append(levels).append(" on Query { __typename }");
        return query.toString();
    }

    private static QueryCost.Cost cost(Document document) {
        return QueryCost.of(document).of(operation(document));
    }

    private static OperationDefinition operation(Document document) {
        return document.getDefinitionsOfType(OperationDefinition.class).get(0);
    }

    private static long selectionsWritten(Node<?> node) {
        long count = node instanceof Selection<?> ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            count += selectionsWritten(child);
        }
        return count;
    }

    private static Document parse(String query) {
        return Parser.parse(query);
    }
}
