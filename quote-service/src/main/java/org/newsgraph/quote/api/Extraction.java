package org.newsgraph.quote.api;

import java.util.List;

import org.newsgraph.quote.extract.Candidate;
import org.newsgraph.quote.extract.TimeMentions;

/**
 * What an article yielded, stored nowhere: each candidate with a {@code draft} ready to be
 * edited and sent to {@code POST /quotes/accept}; every time the text mentions; and notes on
 * what could not be done (e.g. speakers not resolved because entity-service was unavailable).
 */
public record Extraction(List<Item> candidates, List<TimeMentions.Mention> times, List<String> notes) {

    public record Item(Candidate candidate, QuoteInput draft) {
    }
}
