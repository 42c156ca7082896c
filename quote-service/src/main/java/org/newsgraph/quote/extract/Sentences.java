package org.newsgraph.quote.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a text into sentences: at line breaks, and after . ! ? (with any closing quotes and
 * brackets) followed by a space and a capital, an opening quote or a digit. Punctuation inside a
 * quotation does not end the sentence unless it ends the quotation too ({@code Reporters asked,
 * “Will you?” The Russian leader…}); common abbreviations and initials do not end one.
 */
final class Sentences {

    record Sentence(int start, int end) {
        boolean contains(int index) {
            return index >= start && index < end;
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt",
            "sgt", "prof", "sen", "rep", "gov", "jr", "sr", "no", "vs", "e.g", "i.e", "u.s", "u.k", "u.n", "etc",
            "approx", "jan", "feb", "aug", "sept", "oct", "nov", "dec");
    private static final String CLOSERS = "\u201D\u2019\"\u00BB\u203A)]";

    private Sentences() {
    }

    static List<Sentence> split(String text, List<QuoteScanner.Span> quotes) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(sentences, text, start, i);
                start = i + 1;
                i++;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int end = i + 1;
                while (end < text.length() && ".!?\u2026".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                QuoteScanner.Span inside = enclosing(quotes, i);
                boolean endsQuote = inside == null || inside.close() < end;
                if (endsQuote && startsNewSentence(text, end) && !(c == '.' && isAbbreviation(text, i))) {
                    add(sentences, text, start, end);
                    start = end;
                }
                i = end;
                continue;
            }
            i++;
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    /**
     * Which of the sentences (in text order, as {@link #split} gives them) holds the character at
     * {@code index}; -1 if none.
     */
    static int indexOf(List<Sentence> sentences, int index) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Sentence sentence = sentences.get(middle);
            if (sentence.end() <= index) {
                low = middle + 1;
            } else if (sentence.start() > index) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    private static QuoteScanner.Span enclosing(List<QuoteScanner.Span> quotes, int index) {
        for (QuoteScanner.Span span : quotes) {
            if (index > span.open() && index < span.close()) {
                return span;
            }
        }
        return null;
    }

    private static boolean startsNewSentence(String text, int at) {
        if (at >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(at))) {
            return false;
        }
        int j = at;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        char next = text.charAt(j);
        return Character.isUpperCase(next) || Character.isDigit(next) || next == '\n'
                || "\u201C\u2018\"\u00AB\u201E\u2039(".indexOf(next) >= 0;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int j = dot;
        while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
            j--;
        }
        String word = text.substring(j, dot).toLowerCase();
        // a single capital is an initial (J. Smith)
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(j));
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(start, end));
        }
    }
}
