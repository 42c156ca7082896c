package org.newsgraph.quote.api;

/**
 * One search result: the quote, its relevance and a snippet of the words with each match in
 * {@code <mark>…</mark>} (the rest of the snippet HTML-escaped, so it can be shown as HTML).
 */
public record QuoteHit(QuoteView quote, String snippet, double rank) {
}
