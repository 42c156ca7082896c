package org.newsgraph.quote.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The time a quotation was said, as far as one text tells: the first clock time in its sentence,
 * else in the nearest sentence before it in the same paragraph that has one, else a line above the
 * paragraph that is only a time (a live blog's stamp).
 *
 * <p>Each sentence and each paragraph's stamp is read once per text. Read again for every
 * quotation, as it was, a paragraph of many quotations made extraction quadratic in its length:
 * 5,000 short quotations in a 200,000-character text without line breaks held a quote-service
 * thread for twelve minutes, long after the gateway had given up on the answer.
 */
final class NearTimes {

    private static final int UNREAD = -2;
    private static final int NONE = -1;

    private final String text;
    private final List<Sentences.Sentence> sentences;
    private final QuoteExtractor.Options options;
    /** By sentence: the index of the first sentence of its paragraph. */
    private final int[] paragraph;
    /** By sentence: the nearest sentence at or before it in its paragraph with a time, NONE, or UNREAD. */
    private final int[] nearest;
    /** By sentence: its time mentions, null until read. */
    private final List<List<TimeMentions.Mention>> mentions;
    /** By the first sentence of a paragraph: the stamp above it, if any. */
    private final Map<Integer, Optional<TimeMentions.Mention>> stamps = new HashMap<>();

    NearTimes(String text, List<Sentences.Sentence> sentences, QuoteExtractor.Options options) {
        this.text = text;
        this.sentences = sentences;
        this.options = options;
        int count = sentences.size();
        paragraph = new int[count];
        for (int i = 1; i < count; i++) {
            // sentences hold no line break: a paragraph ends where one lies between two sentences
            paragraph[i] = breaksBetween(sentences.get(i - 1).end(), sentences.get(i).start()) ? i : paragraph[i - 1];
        }
        nearest = new int[count];
        Arrays.fill(nearest, UNREAD);
        mentions = new ArrayList<>(Collections.nCopies(count, null));
    }

    /**
     * The time told for a quotation in {@code sentence} (its own sentence, which may reach past the
     * sentence it starts in, {@code index} of the text's sentences, to the quotation's end); null if none.
     */
    TimeMentions.Mention of(Sentences.Sentence sentence, int index) {
        List<TimeMentions.Mention> own = find(sentence.start(), sentence.end());
        if (!own.isEmpty()) {
            return best(own);
        }
        int before = index > paragraph[index] ? nearest(index - 1) : NONE;
        return before != NONE ? best(mentions(before)) : stamp(paragraph[index]);
    }

    private int nearest(int index) {
        int i = index;
        while (nearest[i] == UNREAD && mentions(i).isEmpty() && i > paragraph[i]) {
            i--;
        }
        if (nearest[i] == UNREAD) {
            nearest[i] = mentions(i).isEmpty() ? NONE : i;
        }
        // the sentences walked past have no time: theirs is the one found before them
        for (int j = i + 1; j <= index; j++) {
            nearest[j] = nearest[j - 1];
        }
        return nearest[index];
    }

    private List<TimeMentions.Mention> mentions(int index) {
        if (mentions.get(index) == null) {
            Sentences.Sentence sentence = sentences.get(index);
            mentions.set(index, find(sentence.start(), sentence.end()));
        }
        return mentions.get(index);
    }

    /** A line above the paragraph that starts with sentence {@code first}, if that line is only a time. */
    private TimeMentions.Mention stamp(int first) {
        return stamps.computeIfAbsent(first, f -> {
            int paragraphStart = text.lastIndexOf('\n', Math.max(0, sentences.get(f).start() - 1)) + 1;
            if (paragraphStart < 2) {
                return Optional.empty();
            }
            int lineEnd = paragraphStart - 1;
            int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
            String line = text.substring(lineStart, lineEnd).strip();
            List<TimeMentions.Mention> stamp = find(lineStart, lineEnd);
            return stamp.size() == 1 && stamp.get(0).text().length() >= line.length() - 1 ? Optional.of(stamp.get(0))
                    : Optional.empty();
        }).orElse(null);
    }

    private List<TimeMentions.Mention> find(int start, int end) {
        return TimeMentions.find(text, start, Math.min(end, text.length()), options.localZone(), options.publishedAt());
    }

    private boolean breaksBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static TimeMentions.Mention best(List<TimeMentions.Mention> found) {
        return found.stream().filter(m -> m.time() != null).findFirst().orElse(found.get(0));
    }
}
