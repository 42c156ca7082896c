package org.newsgraph.gateway;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resolver whose answer is computed from its parent and arguments alone, with no call to a
 * service (an event's {@code startsAt} in a reader's zone): it returns its value, not a Uni, and
 * {@link DerivedFields} runs it where GraphQL reads the parent, without SmallRye GraphQL's per-call
 * machinery. Its {@code Context} holds the field's environment and arguments, not its selection.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Derived {
}
