package org.newsgraph.event;

/**
 * How one event relates to another of the same story: it is PART_OF a larger one, FOLLOWS an
 * earlier one, or REPLACES a plan (the three-on-three talks replaced the planned one-on-one).
 */
public enum RelationType {
    PART_OF, FOLLOWS, REPLACES
}
