package org.newsgraph.quote.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.platform.time.ReportedTime;

/**
 * The extraction corpus ({@code src/test/resources/corpus}): articles written for it, each with
 * the quotations a reporter would take from it, who said them, their kind and the time the article
 * gives for them. Scores the extractor as quote-service runs it: the names it asks for are looked up
 * in a simulated entity-service that knows every article's people and some namesakes and
 * office-holders of other countries ({@code directory.json}).
 */
final class Corpus {

    record Role(String title, String organisation) {
    }

    record Person(String key, String name, List<String> aliases, String nationality, List<Role> roles) {
        List<String> allNames() {
            List<String> names = new ArrayList<>();
            names.add(name);
            if (aliases != null) {
                names.addAll(aliases);
            }
            return names;
        }
    }

    record ExpectedTime(LocalDate date, LocalTime time, String zone) {
        Instant instant() {
            return date.atTime(time).atZone(ZoneId.of(zone)).toInstant();
        }
    }

    record Expected(String text, String kind, String speaker, String speakerLabel, String speakerName,
            String platform, ExpectedTime time) {
    }

    record Article(String name, String text, String style, boolean heldOut, Instant publishedAt, String localZone,
            List<Person> people, List<Expected> quotes) {
    }

    record Directory(List<Person> people) {
    }

    /** One article's scores: counts, so that totals are sums and not averages of ratios. */
    record Score(String article, boolean heldOut, int expected, int found, int matched, int rightSpeaker,
            int rightKind, int rightTime, List<String> misses) {

        Score plus(Score o) {
            List<String> all = new ArrayList<>(misses);
            all.addAll(o.misses);
            return new Score(article, heldOut, expected + o.expected, found + o.found, matched + o.matched,
                    rightSpeaker + o.rightSpeaker, rightKind + o.rightKind, rightTime + o.rightTime, all);
        }

        double recall() {
            return ratio(matched, expected);
        }

        double precision() {
            return ratio(matched, found);
        }

        double speaker() {
            return ratio(rightSpeaker, matched);
        }

        double kind() {
            return ratio(rightKind, matched);
        }

        double time() {
            return ratio(rightTime, matched);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    final List<Article> articles;
    final Map<String, KnownPerson> known = new LinkedHashMap<>();
    final Map<String, Person> people = new LinkedHashMap<>();

    private Corpus(List<Article> articles, List<Person> directory) {
        this.articles = articles;
        Stream.concat(directory.stream(), articles.stream().flatMap(a -> a.people().stream())).forEach(p -> {
            people.put(p.key(), p);
            known.put(p.key(), new KnownPerson(UUID.nameUUIDFromBytes(p.key().getBytes(StandardCharsets.UTF_8)),
                    p.name(), p.aliases() == null ? List.of() : p.aliases(),
                    p.roles().stream().map(r -> new KnownPerson.Role(r.title(), r.organisation())).toList(),
                    p.nationality()));
        });
    }

    static Corpus load() {
        try {
            Path dir = Path.of(Corpus.class.getResource("/corpus").toURI());
            Directory directory = JSON.readValue(dir.resolve("directory.json").toFile(), Directory.class);
            List<Article> articles = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path txt : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                    Article meta = JSON.readValue(dir.resolve(name + ".json").toFile(), Article.class);
                    articles.add(new Article(name, Files.readString(txt, StandardCharsets.UTF_8), meta.style(),
                            meta.heldOut(), meta.publishedAt(), meta.localZone(), meta.people(), meta.quotes()));
                }
            }
            return new Corpus(articles, directory.people());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What entity-service's name search would answer for the names the extractor asks about: people
     * any of whose names contains every word asked (lower-cased and unaccented, as its
     * {@code search_form} does), at most five per name.
     */
    List<KnownPerson> lookUp(String text) {
        Map<String, KnownPerson> found = new LinkedHashMap<>();
        for (String name : QuoteExtractor.namesToLookUp(text)) {
            List<String> asked = Arrays.asList(fold(name).split("[\\s-]+"));
            people.values().stream()
                    .filter(p -> p.allNames().stream()
                            .anyMatch(n -> Arrays.asList(fold(n).split("[\\s-]+")).containsAll(asked)))
                    .limit(5)
                    .forEach(p -> found.putIfAbsent(p.key(), known.get(p.key())));
        }
        for (RoleQuery role : QuoteExtractor.rolesToLookUp(text)) {
            people.values().stream()
                    .filter(p -> role.country() == null || role.country().equalsIgnoreCase(p.nationality()))
                    .filter(p -> p.roles().stream().anyMatch(r -> fold(r.title()).contains(fold(role.role()))))
                    .limit(20)
                    .forEach(p -> found.putIfAbsent(p.key(), known.get(p.key())));
        }
        return List.copyOf(found.values());
    }

    Score score(Article article) {
        List<Candidate> candidates = QuoteExtractor.extract(article.text(), lookUp(article.text()),
                new QuoteExtractor.Options(article.localZone(), article.publishedAt()));
        List<Candidate> unmatched = new ArrayList<>(candidates);
        List<String> misses = new ArrayList<>();
        int matched = 0;
        int speaker = 0;
        int kind = 0;
        int time = 0;
        for (Expected e : article.quotes()) {
            Candidate c = unmatched.stream().filter(x -> normal(x.text()).equals(normal(e.text()))).findFirst()
                    .orElse(null);
            if (c == null) {
                misses.add(article.name() + ": not found: " + e.text());
                continue;
            }
            unmatched.remove(c);
            matched++;
            if (rightSpeaker(e, c.speaker())) {
                speaker++;
            } else {
                misses.add(article.name() + ": speaker of '" + e.text() + "': expected " + expectedSpeaker(e)
                        + ", found " + c.speaker());
            }
            if (e.kind().equals(c.kind().name())) {
                kind++;
            } else {
                misses.add(article.name() + ": kind of '" + e.text() + "': expected " + e.kind() + ", found "
                        + c.kind());
            }
            if (rightTime(e.time(), c.time())) {
                time++;
            } else {
                misses.add(article.name() + ": time of '" + e.text() + "': expected " + e.time() + ", found "
                        + c.time());
            }
        }
        for (Candidate c : unmatched) {
            misses.add(article.name() + ": not expected: " + c.text());
        }
        return new Score(article.name(), article.heldOut(), article.quotes().size(), candidates.size(), matched,
                speaker, kind, time, misses);
    }

    private String expectedSpeaker(Expected e) {
        return e.speaker() != null ? e.speaker() + " (" + known.get(e.speaker()).id() + ")"
                : e.speakerLabel() != null ? "label '" + e.speakerLabel() + "'"
                        : e.speakerName() != null ? "unknown person '" + e.speakerName() + "'" : "nobody";
    }

    private boolean rightSpeaker(Expected e, Candidate.SpeakerGuess guess) {
        if (e.speaker() != null) {
            return guess != null && Objects.equals(guess.id(), known.get(e.speaker()).id());
        }
        if (e.speakerLabel() != null) {
            return guess != null && guess.id() == null && guess.label() != null
                    && label(guess.label()).equals(label(e.speakerLabel()));
        }
        if (e.speakerName() != null) {
            return guess != null && guess.id() == null && guess.label() == null
                    && fold(guess.mention()).equals(fold(e.speakerName()));
        }
        return guess == null || guess.id() == null && guess.label() == null;
    }

    private static boolean rightTime(ExpectedTime expected, ReportedTime found) {
        if (expected == null || found == null) {
            return expected == null && found == null;
        }
        return found.time() != null && found.date() != null
                && found.date().atTime(found.time()).atZone(ZoneId.of(found.zone())).toInstant()
                        .equals(expected.instant());
    }

    /** Quotation text as compared: quote marks and apostrophes of any style alike, no closing punctuation. */
    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\u2018\u2019\u02BC]", "'")
                .replaceAll("[\u201C\u201D\u201E\u00AB\u00BB]", "\"").replaceAll("\\s+", " ").strip()
                .replaceAll("[.,;:\\s]+$", "");
    }

    private static String label(String label) {
        return label.toLowerCase(Locale.ROOT).strip().replaceFirst("^(a|an|the|one|un|una|el|la) ", "");
    }

    static String fold(String words) {
        return Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('ł', 'l').replace('Ł', 'L').toLowerCase(Locale.ROOT).strip();
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
