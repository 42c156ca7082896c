package org.newsgraph.platform.error;

/**
 * A value a client gave, as a refusal repeats it: in quotes, and cut after {@value #SHOWN}
 * characters. Repeated whole, one long value came back in the error of every row it applied to
 * (a 40,000-character zone in each of a page's events: 443 KB answered for 40 KB asked).
 */
public final class Quoted {

    /** How much of a refused value a message repeats. */
    public static final int SHOWN = 60;

    private Quoted() {
    }

    public static String of(Object value) {
        String given = String.valueOf(value);
        return "'" + (given.length() > SHOWN ? given.substring(0, SHOWN) + "…" : given) + "'";
    }
}
