package org.newsgraph.quote.bench;

import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import org.newsgraph.quote.search.QuoteSearch;
import org.newsgraph.quote.search.SearchFilter;

/**
 * The search as it is on main before a range open at one end (until a date, or since one) had its
 * months matched in the word index: such a range is tested on said_at only, by the B-tree or on the
 * rows. Kept in the benchmark only, so that one run times both side by side on the same database
 * under the same load; its own bean type, so that the service's {@link QuoteSearch} stays the one
 * injected everywhere else.
 */
@Singleton
@Typed(QuoteSearchPrevious.class)
public class QuoteSearchPrevious extends QuoteSearch {

    @Override
    protected String openRangeMonths(SearchFilter filter, double expected) {
        return "";
    }
}
