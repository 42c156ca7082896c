package org.newsgraph.quote.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.workflow.WorkflowState;
import org.newsgraph.quote.testing.QuoteTestProfile;

/**
 * A search matching more quotes than the rank window ranks only the most recent of them; one
 * matching fewer is ranked exactly. (The window is lowered here so that a couple of thousand rows show it.)
 */
@QuarkusTest
@TestProfile(QuoteTestProfile.class)
class RankWindowTests {

    @Inject
    QuoteSearch search;

    @Inject
    Corpus corpus;

    private int window;

    private int outsideRows;

    @AfterEach
    void restoreWindow() {
        if (window > 0) {
            search.rankWindow = window;
        }
        if (outsideRows > 0) {
            search.outsideRows = outsideRows;
        }
    }

    @Test
    void aCommonWordIsRankedAmongTheMostRecentMatchesOnly() {
        String word = "windowword" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        corpus.load(word);
        SearchFilter filter = new SearchFilter(word, null, null, null, null, null,
                Set.of(WorkflowState.PUBLISHED), null, null, null);
        window = search.rankWindow;

        search.rankWindow = 1_000_000;
        List<QuoteSearch.Hit> exact = QuarkusTransaction.requiringNew().call(() -> search.search(filter, 0, 5));
        assertTrue(corpus.isOld(exact.get(0).id()), "ranked exactly, the old quotes saying it three times come first");

        search.rankWindow = 20;
        List<QuoteSearch.Hit> windowed = QuarkusTransaction.requiringNew().call(() -> search.search(filter, 0, 5));
        assertEquals(5, windowed.size());
        assertFalse(windowed.stream().anyMatch(hit -> corpus.isOld(hit.id())),
                "with a window, only the most recent matches are ranked");
    }

    @Test
    void aCommonWordUntilADateIsRankedAmongTheMostRecentMatchesBeforeIt() {
        String word = "untilword" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        corpus.loadSpread(word);
        java.time.Instant until = java.time.Instant.now().minus(java.time.Duration.ofDays(900));
        SearchFilter filter = new SearchFilter(word, null, null, null, null, null,
                Set.of(WorkflowState.PUBLISHED), null, null, until);
        window = search.rankWindow;

        search.rankWindow = 20;
        List<QuoteSearch.Hit> windowed = QuarkusTransaction.requiringNew().call(() -> search.search(filter, 0, 5));
        assertEquals(5, windowed.size(), "the window is taken from the quotes before the date, not from the newest");
        assertTrue(windowed.stream().allMatch(hit -> corpus.saidAt(hit.id()).isBefore(until)));
    }

    @Test
    void aShortDateRangeFindsTheDaysWithinItsMonthsOnly() {
        // both ends mid-month: the range's months are matched in the word index, its days on each row
        String word = "rangeword" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        java.time.Instant first = java.time.Instant.parse("2023-02-01T12:00:00Z");
        List<UUID> all = corpus.loadDaily(word, first, 90);
        java.time.Instant from = java.time.Instant.parse("2023-02-10T00:00:00Z");
        java.time.Instant to = java.time.Instant.parse("2023-03-05T00:00:00Z");
        SearchFilter filter = new SearchFilter(word, null, null, null, null, null,
                Set.of(WorkflowState.PUBLISHED), null, from, to);
        assertEquals("('said 2023-02' | 'said 2023-03')", search.rangeMonths(filter), "the months are in the match");

        // one quote a day, all ranked alike: the range's days, newest first
        List<UUID> expected = new java.util.ArrayList<>(all.subList(9, 32));
        java.util.Collections.reverse(expected);
        List<QuoteSearch.Hit> found = QuarkusTransaction.requiringNew().call(() -> search.search(filter, 0, 50));
        assertEquals(expected, found.stream().map(QuoteSearch.Hit::id).toList());
    }

    @Test
    void aDateRangeOpenAtOneEndFindsTheQuotesBeforeItsDateOnly() {
        // long before any other test's quotes: the range's months, from the oldest quote's, are in the match
        String word = "openword" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        List<UUID> all = corpus.loadDaily(word, java.time.Instant.parse("2001-01-01T12:00:00Z"), 120);
        java.time.Instant to = java.time.Instant.parse("2001-02-10T00:00:00Z");
        SearchFilter filter = new SearchFilter(word, null, null, null, null, null,
                Set.of(WorkflowState.PUBLISHED), null, null, to);
        outsideRows = search.outsideRows;
        search.outsideRows = 1;
        SearchFilter parsed = new SearchFilter(QuarkusTransaction.requiringNew().call(() -> search.tsquery(word, null)),
                null, null, null, null, null, Set.of(WorkflowState.PUBLISHED), null, null, to);
        String months = QuarkusTransaction.requiringNew().call(() -> search.months(parsed));
        assertTrue(months.endsWith("'said 2001-01' | 'said 2001-02')"), "the months up to the date are in the match: " + months);

        // one quote a day, all ranked alike: the 40 days before the date, newest first, none after it
        List<UUID> expected = new java.util.ArrayList<>(all.subList(0, 40));
        java.util.Collections.reverse(expected);
        List<QuoteSearch.Hit> found = QuarkusTransaction.requiringNew().call(() -> search.search(filter, 0, 50));
        assertEquals(expected, found.stream().map(QuoteSearch.Hit::id).toList());
    }

    /** Writes the rows straight to the database: a few hundred quotes are set up in one statement. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Corpus {

        @Inject
        EntityManager em;

        private final java.util.Set<UUID> old = new java.util.HashSet<>();

        @Transactional
        public void load(String word) {
            String insert = "INSERT INTO quote (id, text, kind, state, verification, version, created_at, updated_at,"
                    + " language, said_at) SELECT gen_random_uuid(), %s, 'DIRECT', 'PUBLISHED', 'UNVERIFIED', 0, now(),"
                    + " now(), 'en', now() - make_interval(hours => g) FROM generate_series(%d, %d) g";
            em.createNativeQuery(String.format(insert, "'filler words only ' || g", 121, 2120)).executeUpdate();
            em.createNativeQuery(String.format(insert, "'once " + word + " ' || g", 1, 120)).executeUpdate();
            em.createNativeQuery(String.format(insert.replace("now() - make_interval(hours => g)",
                    "now() - make_interval(days => 1000 + g)"), "'" + word + " " + word + " " + word + " ' || g", 1, 10))
                    .executeUpdate();
            old.addAll(em.createNativeQuery("SELECT id FROM quote WHERE text LIKE :w AND said_at < now() - interval '999 days'",
                    UUID.class).setParameter("w", word + " " + word + "%").getResultList());
            em.createNativeQuery("ANALYZE quote").executeUpdate();
        }

        /** 120 recent quotes with the word, and 400 more, one a day, from 1000 to 1400 days ago. */
        @Transactional
        public void loadSpread(String word) {
            String insert = "INSERT INTO quote (id, text, kind, state, verification, version, created_at, updated_at,"
                    + " language, said_at) SELECT gen_random_uuid(), '" + word + " ' || g, 'DIRECT', 'PUBLISHED',"
                    + " 'UNVERIFIED', 0, now(), now(), 'en', now() - make_interval(%s => g) FROM generate_series(%d, %d) g";
            em.createNativeQuery(String.format(insert, "hours", 1, 120)).executeUpdate();
            em.createNativeQuery(String.format(insert, "days", 1000, 1400)).executeUpdate();
            em.createNativeQuery("ANALYZE quote").executeUpdate();
        }

        /** {@code days} quotes with the word, one a day from {@code first}; their ids, oldest first. */
        @Transactional
        @SuppressWarnings("unchecked")
        public List<UUID> loadDaily(String word, java.time.Instant first, int days) {
            em.createNativeQuery("INSERT INTO quote (id, text, kind, state, verification, version, created_at,"
                    + " updated_at, language, said_at) SELECT gen_random_uuid(), :word || ' ' || g, 'DIRECT', 'PUBLISHED',"
                    + " 'UNVERIFIED', 0, now(), now(), 'en', CAST(:first AS timestamptz) + make_interval(days => g)"
                    + " FROM generate_series(0, :days - 1) g")
                    .setParameter("word", word).setParameter("first", first.atOffset(java.time.ZoneOffset.UTC))
                    .setParameter("days", days).executeUpdate();
            em.createNativeQuery("ANALYZE quote").executeUpdate();
            return em.createNativeQuery("SELECT id FROM quote WHERE text LIKE :w ORDER BY said_at", UUID.class)
                    .setParameter("w", word + " %").getResultList();
        }

        @Transactional
        public java.time.Instant saidAt(UUID id) {
            return ((java.time.OffsetDateTime) em.createNativeQuery("SELECT said_at FROM quote WHERE id = :id",
                    java.time.OffsetDateTime.class).setParameter("id", id).getSingleResult()).toInstant();
        }

        public boolean isOld(UUID id) {
            return old.contains(id);
        }
    }
}
