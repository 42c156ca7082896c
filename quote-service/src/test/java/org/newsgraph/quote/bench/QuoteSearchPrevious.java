package org.newsgraph.quote.bench;

import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import org.newsgraph.quote.search.QuoteSearch;
import org.newsgraph.quote.search.SearchFilter;

/**
 * The search as it was on main before issue 14's last change (66186d2): a rank window of 1000 that
 * may keep up to half of a word's expected matches, the words always looked up in the word index
 * whatever the speaker, story or event, and a date range never matched by its months. Kept in the
 * benchmark only, so that one run times both side by side on the same database under the same
 * load; its own bean type, so that the service's {@link QuoteSearch} stays the one injected
 * everywhere else.
 */
@Singleton
@Typed(QuoteSearchPrevious.class)
public class QuoteSearchPrevious extends QuoteSearch {

    @Override
    protected int rankWindow() {
        return 1000;
    }

    @Override
    protected double longestWindow() {
        return 0.5;
    }

    @Override
    public boolean narrow(SearchFilter filter) {
        return false;
    }

    @Override
    public String rangeMonths(SearchFilter filter) {
        return "";
    }
}
