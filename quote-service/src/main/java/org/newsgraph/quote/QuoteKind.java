package org.newsgraph.quote;

/** What kind of utterance a quote is, in newsroom words. */
public enum QuoteKind {
    /** A full quotation: a whole sentence or utterance in the speaker's words. */
    DIRECT,
    /** A few quoted words inside reported speech: described the talks as "constructive". */
    FRAGMENT,
    /** Reported speech with no quotation marks: the sense, not the words. */
    PARAPHRASE,
    /** A social-media post, with its platform. */
    POST,
    /** A question, with whom it was put to. */
    QUESTION,
    /** A written or formal statement (a ministry's statement, a communiqué). */
    STATEMENT
}
