package org.newsgraph.quote.bench;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import org.newsgraph.quote.search.QuoteSearch;

/**
 * The search as it was before the window started on a day (main at a4b4735): the same search with
 * the window in whole months, the only thing that changed. Kept in the benchmark only, so that one
 * run times both side by side on the same database under the same load; its own bean type, so
 * that the service's {@link QuoteSearch} stays the one injected everywhere else.
 */
@Singleton
@Typed(QuoteSearchPrevious.class)
public class QuoteSearchPrevious extends QuoteSearch {

    @Override
    protected List<String> saidLexemes(Span span) {
        List<String> months = new ArrayList<>();
        YearMonth last = YearMonth.from(span.newest().atOffset(ZoneOffset.UTC));
        for (YearMonth m = YearMonth.from(span.start().atOffset(ZoneOffset.UTC)); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add("'said " + m + "'");
        }
        return months;
    }
}
