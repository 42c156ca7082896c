package org.newsgraph.gateway.limits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * What running a document would cost, as if every fragment were written out where it is spread:
 * how deep it goes, how many fields and how many aliased fields it selects. Each fragment's cost
 * is computed once and reused wherever it is spread, so reading a document is linear in its size
 * even when its fragments multiply each other (a chain of fragments each spreading the next twice
 * selects 2^n fields; its cost is still read in n steps). Counts saturate at {@link #MANY} rather
 * than overflow.
 */
final class QueryCost {

    /** More than any limit; a count that reaches it is reported as "more than". */
    static final long MANY = 1L << 40;

    /** The cost of a selection set: levels of fields below it, fields and aliased fields in it. */
    record Cost(int depth, long fields, long aliases) {

        static final Cost NONE = new Cost(0, 0, 0);

        Cost and(Cost other) {
            return new Cost(Math.max(depth, other.depth), add(fields, other.fields), add(aliases, other.aliases));
        }

        /** This cost one level further down, under a field (aliased or not). */
        Cost under(Field field) {
            return new Cost(depth + 1, add(fields, 1), add(aliases, field.getAlias() != null ? 1 : 0));
        }
    }

    /** A fragment that spreads itself, directly or through others: the document is invalid. */
    static final class FragmentCycle extends RuntimeException {
        FragmentCycle(List<String> path) {
            super("fragment " + path.get(0) + " spreads itself (" + String.join(" → ", path)
                    + "); fragments must not form cycles");
        }
    }

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Cost> fragmentCosts = new HashMap<>();
    /** The fragments being costed right now, in the order they were entered: a cycle's path. */
    private final Set<String> entered = new LinkedHashSet<>();
    /** Selections looked at so far: each selection of the document once, however often it is spread. */
    private long selectionsRead;

    private QueryCost(Document document) {
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.putIfAbsent(fragment.getName(), fragment);
        }
    }

    /**
     * Reads the document's fragments, every one of them (also those no operation spreads, which
     * validation refuses anyway).
     *
     * @throws FragmentCycle if a fragment spreads itself
     */
    static QueryCost of(Document document) {
        QueryCost cost = new QueryCost(document);
        for (String name : cost.fragments.keySet()) {
            cost.fragment(name);
        }
        return cost;
    }

    Cost of(OperationDefinition operation) {
        return of(operation.getSelectionSet());
    }

    /**
     * Whether the operation only asks about the schema ({@code __schema}, {@code __type},
     * {@code __typename} at its root, directly or through fragments).
     */
    boolean isIntrospection(OperationDefinition operation) {
        List<Field> roots = new ArrayList<>();
        rootFields(operation.getSelectionSet(), roots, new HashSet<>());
        return !roots.isEmpty() && roots.stream().allMatch(field -> field.getName().startsWith("__"));
    }

    /** How many selections were read to cost the document (at most every selection written, once). */
    long selectionsRead() {
        return selectionsRead;
    }

    /** How a count reads in a refusal: a saturated count is "more than" a figure, not a number. */
    static String count(long value) {
        return value >= MANY ? "more than " + MANY : String.valueOf(value);
    }

    private Cost of(SelectionSet set) {
        Cost cost = Cost.NONE;
        if (set == null) {
            return cost;
        }
        for (Selection<?> selection : set.getSelections()) {
            selectionsRead++;
            if (selection instanceof Field field) {
                cost = cost.and(of(field.getSelectionSet()).under(field));
            } else if (selection instanceof InlineFragment inline) {
                cost = cost.and(of(inline.getSelectionSet()));
            } else if (selection instanceof FragmentSpread spread) {
                cost = cost.and(fragment(spread.getName()));
            }
        }
        return cost;
    }

    /** A fragment's cost, computed the first time it is asked for; an unknown one costs nothing (validation refuses it). */
    private Cost fragment(String name) {
        Cost known = fragmentCosts.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null) {
            return Cost.NONE;
        }
        if (!entered.add(name)) {
            List<String> path = new ArrayList<>(entered);
            path = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
            path.add(name);
            throw new FragmentCycle(path);
        }
        Cost cost = of(definition.getSelectionSet());
        entered.remove(name);
        fragmentCosts.put(name, cost);
        return cost;
    }

    /** The fields at the root of a selection set, through fragments (each fragment looked into once). */
    private void rootFields(SelectionSet set, List<Field> roots, Set<String> seen) {
        if (set == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                roots.add(field);
            } else if (selection instanceof InlineFragment inline) {
                rootFields(inline.getSelectionSet(), roots, seen);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
                    && seen.add(spread.getName())) {
                rootFields(fragments.get(spread.getName()).getSelectionSet(), roots, seen);
            }
        }
    }

    private static long add(long a, long b) {
        return Math.min(MANY, a + b);
    }
}
