package org.newsgraph.quote.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotations in a text: straight and curly double quotes, low-high German quotes,
 * single curly quotes and guillemets (« » and ‹ ›). Only outermost quotations are returned; a
 * quotation inside another is kept whole inside it. A quotation does not run over a blank line:
 * one left open at the end of a paragraph is taken only where the next paragraph opens it again
 * (the way a quotation runs over paragraphs), else it is not taken.
 */
final class QuoteScanner {

    /**
     * One quotation: {@code open} is the index of its opening mark, {@code close} of its closing
     * mark; the words lie between.
     */
    record Span(int open, int close) {
        int contentStart() {
            return open + 1;
        }

        int contentEnd() {
            return close;
        }
    }

    private QuoteScanner() {
    }

    static List<Span> scan(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = switch (c) {
                case '\u201C' -> matching(text, i, '\u201C', '\u201D');
                case '\u201E' -> closingLowHigh(text, i);
                case '\u00AB' -> matching(text, i, '\u00AB', '\u00BB');
                case '\u2039' -> matching(text, i, '\u2039', '\u203A');
                case '"' -> straight(text, i);
                case '\u2018' -> opensSingle(text, i) ? closingSingle(text, i) : -1;
                default -> -1;
            };
            if (close > i + 1 && !text.substring(i + 1, close).isBlank()) {
                spans.add(new Span(i, close));
                i = close + 1;
            } else {
                i++;
            }
        }
        return spans;
    }

    /** The closing mark that balances the opening one at {@code from}, counting nested pairs of the same kind. */
    private static int matching(String text, int from, char open, char close) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isParagraphBreak(text, i)) {
                return continuesInNextParagraph(text, i, open) ? i : -1;
            }
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** „German“ quotes close with a high mark (“ or ”). */
    private static int closingLowHigh(String text, int from) {
        for (int i = from + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isParagraphBreak(text, i)) {
                return continuesInNextParagraph(text, i, '\u201E') ? i : -1;
            }
            if (c == '\u201C' || c == '\u201D') {
                return i;
            }
        }
        return -1;
    }

    private static int straight(String text, int from) {
        for (int i = from + 1; i < text.length(); i++) {
            if (isParagraphBreak(text, i)) {
                return continuesInNextParagraph(text, i, '"') ? i : -1;
            }
            if (text.charAt(i) == '"') {
                return i;
            }
        }
        return -1;
    }

    /** ‘ opens a quotation at the start of a word, not inside one. */
    private static boolean opensSingle(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    /**
     * ’ is also the apostrophe (haven’t, Trump’s): it closes a single quotation only where no
     * letter follows it, and nested ‘…’ pairs are skipped.
     */
    private static int closingSingle(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isParagraphBreak(text, i)) {
                return continuesInNextParagraph(text, i, '\u2018') ? i : -1;
            }
            if (c == '\u2018' && opensSingle(text, i)) {
                depth++;
            } else if (c == '\u2019' && i > from + 1 && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)))
                    && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A quotation that runs over paragraphs is left open at the end of each and opened again at
     * the start of the next: then each paragraph's part is a quotation of its own, ending at the
     * break ({@code close} is the line break).
     */
    private static boolean continuesInNextParagraph(String text, int i, char open) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && text.charAt(j) == open;
    }

    private static boolean isParagraphBreak(String text, int i) {
        if (text.charAt(i) != '\n') {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '\n';
    }
}
