package org.newsgraph.quote.bench;

import java.util.Map;

import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import org.newsgraph.quote.search.QuoteSearch;
import org.newsgraph.quote.search.SearchFilter;

/**
 * The search as it was on main before the date range was written out of the B-tree's reach
 * (615e1db): with months in the match, {@code said_at >= :from} and {@code said_at < :to} as they
 * are, so that the planner may AND the said_at index's bitmap with the word index. Kept in the
 * benchmark only, so that one run times both side by side on the same database under the same
 * load; its own bean type, so that the service's {@link QuoteSearch} stays the one injected
 * everywhere else.
 */
@Singleton
@Typed(QuoteSearchPrevious.class)
public class QuoteSearchPrevious extends QuoteSearch {

    @Override
    protected String statement(SearchFilter filter, String months, boolean onTheHeap, int offset, int limit,
            Map<String, Object> params) {
        return super.statement(filter, months, onTheHeap, offset, limit, params)
                .replace(SAID_AT_ON_THE_ROWS, "q.said_at");
    }
}
