package org.newsgraph.quote.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

/**
 * How long extraction takes on long texts of many quotations, shape by shape: the extractor alone
 * (no HTTP, no entity-service), texts cut at the 200,000 characters a request may carry. Not part
 * of {@code ./mvnw verify} (its name matches no test pattern); run it on purpose:
 *
 * <pre>
 * ./mvnw -B test -pl quote-service -am -Dtest=ExtractionBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.sizes=250,1000,2000]
 * </pre>
 *
 * Each size is the number of times a shape's unit is repeated; each text is extracted twice and the
 * second time printed (the first warms the code up).
 */
class ExtractionBenchmark {

    private static final KnownPerson PUTIN = new KnownPerson(UUID.randomUUID(), "Vladimir Putin", List.of("Putin"),
            List.of(), "RU");

    @Test
    void extractionOfLongTextsOfManyQuotations() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("long quotations, one paragraph", n -> ("He said \"" + "word ".repeat(300) + ".\" ").repeat(n));
        shapes.put("short quotations, one paragraph", n -> repeat(n, i -> "\"We will talk " + i + ",\" Putin said. "));
        shapes.put("named speakers", n -> repeat(n, i -> "\"We will talk about item " + i
                + ",\" said Vladimir Putin, the Russian president. He added: \"Soon.\" "));
        shapes.put("pronouns and labels", n -> repeat(n, i -> "Putin met a senior EU diplomat. \"Yes " + i
                + ",\" she said. \"No,\" the official said. "));
        shapes.put("tiny quotations", n -> "\"Hi.\" ".repeat(n));
        shapes.put("sentences, no quotations", n -> "The talks went on. ".repeat(n));
        for (String size : System.getProperty("bench.sizes", "250,1000,2000").split(",")) {
            int n = Integer.parseInt(size.strip());
            shapes.forEach((shape, unit) -> {
                String text = unit.apply(n);
                text = text.length() > 200_000 ? text.substring(0, 200_000) : text;
                extract(text);
                long started = System.nanoTime();
                int candidates = extract(text);
                System.out.printf("%-32s n=%6d characters=%7d quotations=%6d %9.1f ms%n", shape, n, text.length(),
                        candidates, (System.nanoTime() - started) / 1e6);
            });
        }
    }

    private static int extract(String text) {
        return QuoteExtractor.extract(text, List.of(PUTIN), new QuoteExtractor.Options("Europe/London", null)).size();
    }

    private static String repeat(int n, IntFunction<String> unit) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(unit.apply(i));
        }
        return text.toString();
    }
}
