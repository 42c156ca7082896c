package org.newsgraph.quote.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The extractor on the corpus of articles it was not written against: recall, precision, right
 * speaker and right kind each at least 90 % over the corpus. Prints every article's scores (and,
 * with {@code -Dcorpus.details=true}, every miss); {@code -Dcorpus.articles=tuning|held-out}
 * scores a part of the corpus (docs/quote-service.md, "Extraction corpus").
 */
class CorpusTests {

    private static final double FLOOR = 0.90;

    @Test
    void theExtractorFindsQuotesSpeakersAndKindsInTheCorpus() {
        Corpus corpus = Corpus.load();
        String part = System.getProperty("corpus.articles", "all");
        List<Corpus.Article> articles = corpus.articles.stream()
                .filter(a -> switch (part) {
                    case "tuning" -> !a.heldOut();
                    case "held-out" -> a.heldOut();
                    default -> true;
                }).toList();
        assertTrue(articles.size() >= 3, "corpus part '" + part + "' has too few articles");

        List<Corpus.Score> scores = articles.stream().map(corpus::score).toList();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n%-26s %8s %5s %5s %7s %9s %7s %5s %5s%n", "article", "expected", "found", "match", "recall",
                "precision", "speaker", "kind", "time"));
        for (Corpus.Score s : scores) {
            table.append(row(s.article() + (s.heldOut() ? " *" : ""), s));
        }
        Corpus.Score tuning = total("tuning", scores.stream().filter(s -> !s.heldOut()).toList());
        Corpus.Score heldOut = total("held-out *", scores.stream().filter(Corpus.Score::heldOut).toList());
        Corpus.Score all = total("all", scores);
        table.append(row("= tuning", tuning)).append(row("= held-out *", heldOut)).append(row("= all", all));
        System.out.println(table);
        if (Boolean.getBoolean("corpus.details")) {
            all.misses().forEach(System.out::println);
        }

        String misses = String.join("\n", all.misses());
        assertTrue(all.recall() >= FLOOR, "recall " + all.recall() + "\n" + misses);
        assertTrue(all.precision() >= FLOOR, "precision " + all.precision() + "\n" + misses);
        assertTrue(all.speaker() >= FLOOR, "right speaker " + all.speaker() + "\n" + misses);
        assertTrue(all.kind() >= FLOOR, "right kind " + all.kind() + "\n" + misses);
    }

    private static Corpus.Score total(String name, List<Corpus.Score> scores) {
        return scores.stream().reduce(new Corpus.Score(name, false, 0, 0, 0, 0, 0, 0, List.of()),
                Corpus.Score::plus);
    }

    private static String row(String name, Corpus.Score s) {
        return String.format(Locale.ROOT, "%-26s %8d %5d %5d %6.0f%% %8.0f%% %6.0f%% %4.0f%% %4.0f%%%n", name,
                s.expected(), s.found(), s.matched(), 100 * s.recall(), 100 * s.precision(), 100 * s.speaker(),
                100 * s.kind(), 100 * s.time());
    }
}
