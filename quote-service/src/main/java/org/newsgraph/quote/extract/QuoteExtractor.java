package org.newsgraph.quote.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.quote.QuoteKind;

/**
 * Article text → candidate quotes. Pure: no I/O and no framework, so it is tested in
 * milliseconds. The people it may attribute quotes to are given: quote-service looks up in
 * entity-service the names in the text ({@link #namesToLookUp}) and, in one batch, who holds the
 * roles the text describes ({@link #rolesToLookUp}).
 *
 * <p>Heuristics (docs/quote-service.md lists them with their limits):
 * <ul>
 * <li>kind: the sentence says it was posted → POST; "in a statement" → STATEMENT; ends in "?" →
 * QUESTION; starts with a capital and has three words or more → DIRECT; otherwise a FRAGMENT of
 * reported speech. A quotation that only continues the one before takes its speaker and kind;</li>
 * <li>speaker: see {@link Speakers};</li>
 * <li>time: the first clock time in the sentence, else in the paragraph before it, else the time of
 * the quotation it continues, else the time stamp heading the paragraph (live blogs).</li>
 * </ul>
 */
public final class QuoteExtractor {

    /** How the text should be read: the zone "local time" means, and when it was published (to date times). */
    public record Options(String localZone, Instant publishedAt) {
    }

    private static final Pattern POSTED = Pattern.compile("(?i)(?<![\\p{L}])(post(?:ed|ing|s)?|tweet(?:ed|ing|s)?"
            + "|retweet(?:ed)?|wrote on|writing on|shared on|weighed in on|написал[аи]?|escribió|publicó"
            + "|red social)(?![\\p{L}])");
    private static final Pattern WROTE = Pattern.compile("(?<![\\p{L}])(wrote|writes|replied|said|added)(?![\\p{L}])");
    private static final Pattern PLATFORM = Pattern.compile("(?<![\\p{L}])(Truth Social|Twitter|Telegram|Facebook"
            + "|Instagram|Threads|Bluesky|TikTok|YouTube|VKontakte|Weibo|LinkedIn)(?![\\p{L}])"
            + "|(?<![\\p{L}])(?:on|en|social) X(?![\\p{L}])");
    private static final Pattern STATEMENT = Pattern.compile("(?i)(?<![\\p{L}])(statement|communiqué|заявлении"
            + "|comunicado)(?![\\p{L}])");
    private static final int MAX_NAMES = 30;
    /**
     * How far before and after its quotation a sentence is read (for its speaker, kind, time and
     * context). An article's sentences are far shorter; a text the sentence splitter cannot break
     * (no full stop outside its quotations, or a script without capitals after its full stops) is
     * one sentence, and reading it whole for each of its quotations cost the square of its length:
     * 1,000 quotations in 183,000 characters ran quote-service out of memory (each candidate kept the
     * whole text as its context), 100 in 180,000 held a thread for 31 s.
     */
    static final int AROUND = 1_000;

    private QuoteExtractor() {
    }

    /**
     * The names in a text worth looking up as people, most specific first: full names before the
     * single words they contain, each once, at most 30. Titles and country adjectives before a name
     * are left out ("Estonian Prime Minister Kadri Tamm" → "Kadri Tamm"), and a long run of
     * capitalised words is also asked by its last two ("России Андрей Лебедев" → "Андрей Лебедев").
     */
    public static List<String> namesToLookUp(String text) {
        Set<String> multi = new LinkedHashSet<>();
        Set<String> single = new LinkedHashSet<>();
        for (String[] name : Mentions.names(text)) {
            String words = name[0].replaceAll("[\u2019']s$", "");
            if (words.length() < 3 || Mentions.COMMON.contains(words)) {
                continue;
            }
            String[] parts = words.split(" ");
            if (parts.length > 1) {
                multi.add(words);
                if (parts.length > 2) {
                    multi.add(parts[parts.length - 2] + " " + parts[parts.length - 1]);
                }
            } else {
                single.add(words);
            }
        }
        List<String> names = new ArrayList<>(multi);
        for (String word : single) {
            boolean covered = multi.stream().anyMatch(m -> List.of(m.split(" ")).contains(word));
            if (!covered) {
                names.add(word);
            }
        }
        return names.size() > MAX_NAMES ? names.subList(0, MAX_NAMES) : names;
    }

    /** The roles the text describes instead of naming someone ("the Spanish prime minister"), to look up in one call. */
    public static List<RoleQuery> rolesToLookUp(String text) {
        return Mentions.roles(text);
    }

    /** How many quotations the text holds (each one a candidate). */
    public static int quotations(String text) {
        return QuoteScanner.scan(text).size();
    }

    public static List<Candidate> extract(String text, List<KnownPerson> people, Options options) {
        List<QuoteScanner.Span> spans = QuoteScanner.scan(text);
        List<Sentences.Sentence> sentences = Sentences.split(text, spans);
        Speakers speakers = new Speakers(text, Mentions.find(text, people), people, spans, sentences);
        NearTimes times = new NearTimes(text, sentences, options);
        List<Candidate> candidates = new ArrayList<>();
        Sentences.Sentence last = null;
        for (QuoteScanner.Span span : spans) {
            int index = Sentences.indexOf(sentences, span.open());
            if (index < 0) {
                continue;
            }
            Sentences.Sentence sentence = sentences.get(index);
            int end = Math.min(Math.max(sentence.end(), span.close() + 1), text.length());
            Sentences.Sentence whole = new Sentences.Sentence(Math.max(sentence.start(), span.open() - AROUND),
                    Math.min(end, span.close() + 1 + AROUND));
            speakers.readUpTo(whole.start());
            Candidate previous = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
            candidates.add(candidate(text, span, whole, spans, speakers, previous,
                    previous != null && last != null && last.start() == sentence.start(), times.of(whole, index)));
            last = sentence;
        }
        return candidates;
    }

    private static Candidate candidate(String text, QuoteScanner.Span span, Sentences.Sentence sentence,
            List<QuoteScanner.Span> spans, Speakers speakers, Candidate previous, boolean sameSentence,
            TimeMentions.Mention time) {
        int start = span.contentStart();
        int end = span.contentEnd();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        String words = text.substring(start, end);
        String outside = outside(text, sentence, spans);
        String between = previous == null || !sameSentence ? "" : text.substring(previous.end(), span.open());

        Speakers.Attribution said = speakers.attribute(span, sentence, previous, sameSentence);
        boolean continues = said.continues() && previous != null;

        QuoteKind kind;
        String platform = null;
        boolean question = words.endsWith("?") || text.startsWith("?", span.close() + 1);
        if (continues && (previous.kind() == QuoteKind.POST || previous.kind() == QuoteKind.STATEMENT)) {
            kind = previous.kind();
            platform = previous.platform();
        } else if (POSTED.matcher(outside).find() || PLATFORM.matcher(outside).find() && WROTE.matcher(outside).find()) {
            kind = QuoteKind.POST;
            Matcher p = PLATFORM.matcher(outside);
            if (p.find()) {
                platform = p.group(1) != null ? p.group(1) : "X";
            }
        } else if (question) {
            kind = QuoteKind.QUESTION;
        } else if (STATEMENT.matcher(outside).find()) {
            kind = QuoteKind.STATEMENT;
        } else if (Character.isUpperCase(words.codePointAt(0)) && words.split("\\s+").length >= 3) {
            kind = QuoteKind.DIRECT;
        } else if (sameSentence && previous.kind() == QuoteKind.DIRECT && Speakers.hasSpeechVerb(between)
                && words.split("\\s+").length >= 3) {
            // "“A,” she told reporters, “and B.”": B goes on with the same quotation
            kind = QuoteKind.DIRECT;
        } else {
            kind = QuoteKind.FRAGMENT;
        }
        if (kind == QuoteKind.FRAGMENT) {
            // the sentence's own full stop or comma, closed inside the quotation in the British way
            while (end > start && ".,;:".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            words = text.substring(start, end);
        }

        if (time == null && continues) {
            return new Candidate(words, kind, start, end, text.substring(sentence.start(), sentence.end()),
                    sentence.start(), sentence.end(), said.speaker(), kind == QuoteKind.QUESTION ? said.putTo() : null,
                    platform, previous.timeText(), previous.time());
        }
        return new Candidate(words, kind, start, end, text.substring(sentence.start(), sentence.end()),
                sentence.start(), sentence.end(), said.speaker(), kind == QuoteKind.QUESTION ? said.putTo() : null,
                platform, time == null ? null : time.text(), time == null ? null : time.time());
    }

    /** The sentence without its quotations: where attribution, platform and "statement" are said. */
    private static String outside(String text, Sentences.Sentence sentence, List<QuoteScanner.Span> spans) {
        StringBuilder outside = new StringBuilder();
        int at = sentence.start();
        for (QuoteScanner.Span s : spans) {
            if (s.close() < sentence.start() || s.open() >= sentence.end()) {
                continue;
            }
            if (s.open() > at) {
                outside.append(text, at, s.open()).append(' ');
            }
            at = Math.max(at, s.close() + 1);
        }
        if (at < sentence.end()) {
            outside.append(text, at, sentence.end());
        }
        return outside.toString();
    }
}
