package org.newsgraph.quote.extract;

import java.util.UUID;

import org.newsgraph.platform.time.ReportedTime;
import org.newsgraph.quote.QuoteKind;

/**
 * A quotation found in an article: the words and where they are ({@code start}..{@code end}
 * are character offsets into the text sent, end exclusive, counted in UTF-16 code units as
 * Java and JavaScript count), the kind guessed, the sentence around it, a guess at the speaker
 * (and for a question whom it was put to), the platform of a post, and a time mentioned near it.
 */
public record Candidate(
        String text,
        QuoteKind kind,
        int start,
        int end,
        String context,
        int contextStart,
        int contextEnd,
        SpeakerGuess speaker,
        SpeakerGuess putTo,
        String platform,
        String timeText,
        ReportedTime time) {

    /** How a speaker was told. */
    public enum Basis {
        /** the person's name in the sentence */
        NAME,
        /** one of the person's aliases */
        ALIAS,
        /** the surname alone */
        SURNAME,
        /** a title ("the US president") matching the person's current affiliation */
        TITLE,
        /** "he"/"she": the person last named */
        PRONOUN,
        /** a group the source does not name ("reporters") */
        LABEL,
        /** words that may name the speaker, but no known person matches them */
        UNRESOLVED
    }

    /**
     * A guess: an entity {@code id}, or a {@code label}, or neither (then {@code mention} shows the
     * words that may name the speaker); how sure (0..1) and on what basis.
     */
    public record SpeakerGuess(UUID id, String label, String mention, double confidence, Basis basis) {
    }
}
