package org.newsgraph.quote.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.quote.QuoteKind;
import org.newsgraph.quote.extract.Candidate.Basis;
import org.newsgraph.quote.extract.Candidate.SpeakerGuess;
import org.newsgraph.quote.extract.Mentions.Mention;
import org.newsgraph.quote.extract.Mentions.Type;

/**
 * Article text → candidate quotes. Pure: no I/O and no framework, so it is tested in
 * milliseconds. The people it may attribute quotes to are given (quote-service looks the names
 * in the text up in entity-service first, see {@link #namesToLookUp}).
 *
 * <p>Heuristics, in order (docs/quote-service.md lists their limits):
 * <ul>
 * <li>kind: the sentence says it was posted → POST; ends in "?" → QUESTION; starts with a
 * capital and has three words or more → DIRECT; otherwise a FRAGMENT of reported speech;</li>
 * <li>speaker: for a question, whoever "asked" (and whom); else a name or pronoun right after
 * the quotation with a speech verb ("…,” he said"); else the nearest one before it in the
 * sentence. "he"/"she" is the person last named; "the Russian leader"
 * the person last named whose current title matches, or the only one;</li>
 * <li>time: the first clock time in the sentence, else in the one before, else the one after.</li>
 * </ul>
 */
public final class QuoteExtractor {

    /** How the text should be read: the zone "local time" means, and when it was published (to date times). */
    public record Options(String localZone, Instant publishedAt) {
    }

    private static final Pattern SPEECH_VERB = Pattern.compile("\\b(said|says|say|added|adds|told|tells|asked"
            + "|asks|wrote|writes|posted|replied|responded|insisted|warned|declared|continued|explained|noted"
            + "|stated|argued|claimed|stressed|shouted|tweeted|according to)\\b");
    private static final Pattern ASKED = Pattern.compile("\\b(asked|questioned|pressed)\\b");
    private static final Pattern POSTED = Pattern.compile("(?i)\\b(post(?:ed|ing|s)?|tweet(?:ed|ing|s)?|retweet(?:ed)?"
            + "|wrote on|writing on|shared on)\\b");
    private static final Pattern PLATFORM = Pattern.compile("\\b(Truth Social|Twitter|Telegram|Facebook|Instagram"
            + "|Threads|Bluesky|TikTok|YouTube|VKontakte|Weibo|LinkedIn)\\b|\\bon X\\b");
    private static final int MAX_NAMES = 30;

    private QuoteExtractor() {
    }

    /**
     * The names in a text worth looking up as people, most specific first: full names before the
     * single words they contain, each once, at most 30.
     */
    public static List<String> namesToLookUp(String text) {
        Set<String> multi = new LinkedHashSet<>();
        Set<String> single = new LinkedHashSet<>();
        for (String[] name : Mentions.names(text)) {
            String words = name[0].replaceAll("[\u2019']s$", "");
            if (words.length() < 3 || Mentions.COMMON.contains(words)) {
                continue;
            }
            (words.contains(" ") ? multi : single).add(words);
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

    public static List<Candidate> extract(String text, List<KnownPerson> people, Options options) {
        List<QuoteScanner.Span> spans = QuoteScanner.scan(text);
        List<Sentences.Sentence> sentences = Sentences.split(text, spans);
        List<Mention> mentions = Mentions.find(text, people);
        List<Candidate> candidates = new ArrayList<>();
        for (QuoteScanner.Span span : spans) {
            Sentences.Sentence sentence = Sentences.of(sentences, span.open());
            if (sentence == null) {
                continue;
            }
            int end = Math.max(sentence.end(), span.close() + 1);
            Sentences.Sentence whole = new Sentences.Sentence(sentence.start(), Math.min(end, text.length()));
            candidates.add(candidate(text, span, whole, sentences, spans, mentions, people, options));
        }
        return candidates;
    }

    private static Candidate candidate(String text, QuoteScanner.Span span, Sentences.Sentence sentence,
            List<Sentences.Sentence> sentences, List<QuoteScanner.Span> spans, List<Mention> mentions,
            List<KnownPerson> people, Options options) {
        int start = span.contentStart();
        int end = span.contentEnd();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        String words = text.substring(start, end);
        String outside = text.substring(sentence.start(), span.open()) + " "
                + text.substring(Math.min(span.close() + 1, sentence.end()), sentence.end());

        QuoteKind kind;
        String platform = null;
        boolean question = words.endsWith("?") || text.startsWith("?", span.close() + 1);
        if (POSTED.matcher(outside).find()) {
            kind = QuoteKind.POST;
            Matcher p = PLATFORM.matcher(outside);
            if (p.find()) {
                platform = p.group(1) != null ? p.group(1) : "X";
            }
        } else if (question) {
            kind = QuoteKind.QUESTION;
        } else if (Character.isUpperCase(words.codePointAt(0)) && words.split("\\s+").length >= 3) {
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

        List<Mention> inSentence = mentions.stream()
                .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end())
                .filter(m -> spans.stream().noneMatch(s -> m.start() > s.open() && m.end() <= s.close()))
                .toList();
        List<Mention> before = inSentence.stream().filter(m -> m.end() <= span.open()).toList();
        List<Mention> after = inSentence.stream().filter(m -> m.start() > span.close()).toList();

        Mention speaker = null;
        Mention putTo = null;
        String lead = text.substring(sentence.start(), span.open());
        Matcher asked = ASKED.matcher(lead);
        int verb = -1;
        int verbEnd = -1;
        while (asked.find()) {
            verb = sentence.start() + asked.start();
            verbEnd = sentence.start() + asked.end();
        }
        if (kind == QuoteKind.QUESTION && verb >= 0) {
            int v = verb;
            int ve = verbEnd;
            speaker = last(before.stream().filter(m -> m.end() <= v && m.type() != Type.POSSESSIVE).toList());
            putTo = before.stream().filter(m -> m.start() >= ve && m.type() != Type.POSSESSIVE).findFirst().orElse(null);
        } else {
            String tail = text.substring(Math.min(span.close() + 1, sentence.end()), sentence.end());
            Matcher said = SPEECH_VERB.matcher(tail);
            boolean attributed = said.find() && said.start() <= 40;
            if (attributed) {
                speaker = after.stream().filter(m -> m.type() != Type.POSSESSIVE && m.start() - span.close() <= 30)
                        .findFirst().orElse(null);
            }
            if (speaker == null) {
                speaker = last(before.stream().filter(m -> m.type() != Type.POSSESSIVE).toList());
            }
        }

        TimeMentions.Mention time = nearTime(text, sentence, sentences, options);
        return new Candidate(words, kind, start, end, text.substring(sentence.start(), sentence.end()),
                sentence.start(), sentence.end(), guess(speaker, mentions, people),
                kind == QuoteKind.QUESTION && putTo != null ? guess(putTo, mentions, people) : null, platform,
                time == null ? null : time.text(), time == null ? null : time.time());
    }

    private static Mention last(List<Mention> mentions) {
        return mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
    }

    /** Who a mention stands for: a named person, the person a pronoun or title points back to, or a label. */
    private static SpeakerGuess guess(Mention mention, List<Mention> all, List<KnownPerson> people) {
        if (mention == null) {
            return null;
        }
        return switch (mention.type()) {
            case PERSON, POSSESSIVE -> new SpeakerGuess(mention.person().id(), null, mention.words(),
                    mention.basis() == Basis.SURNAME ? 0.8 : 0.9, mention.basis());
            case LABEL -> new SpeakerGuess(null, mention.words().toLowerCase(Locale.ROOT)
                    .replaceFirst("^(a|an|the) ", ""), mention.words(), 0.7, Basis.LABEL);
            case UNKNOWN_NAME -> new SpeakerGuess(null, null, mention.words(), 0.0, Basis.UNRESOLVED);
            case PRONOUN -> {
                KnownPerson person = lastPersonBefore(mention.start(), all, people);
                yield person == null ? new SpeakerGuess(null, null, mention.words(), 0.0, Basis.UNRESOLVED)
                        : new SpeakerGuess(person.id(), null, mention.words(), 0.6, Basis.PRONOUN);
            }
            case DESCRIPTOR -> {
                KnownPerson person = titled(mention, all, people);
                yield person == null ? new SpeakerGuess(null, null, mention.words(), 0.0, Basis.UNRESOLVED)
                        : new SpeakerGuess(person.id(), null, mention.words(), 0.6, Basis.TITLE);
            }
        };
    }

    /** The person last named (or pointed at by a title) before {@code index}. */
    private static KnownPerson lastPersonBefore(int index, List<Mention> all, List<KnownPerson> people) {
        KnownPerson last = null;
        for (Mention m : all) {
            if (m.start() >= index) {
                break;
            }
            if (m.person() != null) {
                last = m.person();
            } else if (m.type() == Type.DESCRIPTOR) {
                KnownPerson titled = titled(m, all, people);
                last = titled != null ? titled : last;
            }
        }
        return last;
    }

    /**
     * The person a title such as "the US president" means: of those whose current title and
     * nationality fit, the one last named before it, or the only one.
     */
    private static KnownPerson titled(Mention descriptor, List<Mention> all, List<KnownPerson> people) {
        List<KnownPerson> fitting = people.stream().filter(p -> fits(p, descriptor)).toList();
        if (fitting.isEmpty()) {
            return null;
        }
        KnownPerson lastNamed = null;
        for (Mention m : all) {
            if (m.start() >= descriptor.start()) {
                break;
            }
            if (m.person() != null && fitting.contains(m.person())) {
                lastNamed = m.person();
            }
        }
        return lastNamed != null ? lastNamed : fitting.size() == 1 ? fitting.get(0) : null;
    }

    private static boolean fits(KnownPerson person, Mentions.Mention descriptor) {
        List<String> roles = switch (descriptor.role()) {
            case "leader" -> List.of("president", "prime minister", "chancellor", "leader", "premier", "king", "queen",
                    "chairman", "head of state");
            default -> List.of(descriptor.role());
        };
        List<String> country = descriptor.adjective() == null ? null : Mentions.COUNTRIES.get(descriptor.adjective());
        if (descriptor.adjective() != null && country == null) {
            return false;
        }
        for (String title : person.titles()) {
            String t = title.toLowerCase(Locale.ROOT);
            boolean role = roles.stream().anyMatch(t::contains);
            boolean place = country == null
                    || country.stream().anyMatch(c -> Pattern.compile("\\b" + Pattern.quote(c) + "\\b").matcher(t).find())
                    || person.nationality() != null && country.contains(person.nationality().toLowerCase(Locale.ROOT));
            if (role && place) {
                return true;
            }
        }
        return false;
    }

    private static TimeMentions.Mention nearTime(String text, Sentences.Sentence sentence,
            List<Sentences.Sentence> sentences, Options options) {
        int index = sentences.indexOf(sentences.stream().filter(s -> s.start() == sentence.start()).findFirst()
                .orElse(sentence));
        List<Sentences.Sentence> order = new ArrayList<>();
        order.add(sentence);
        if (index > 0) {
            order.add(sentences.get(index - 1));
        }
        if (index >= 0 && index + 1 < sentences.size()) {
            order.add(sentences.get(index + 1));
        }
        for (Sentences.Sentence s : order) {
            List<TimeMentions.Mention> found = TimeMentions.find(text, s.start(), Math.min(s.end(), text.length()),
                    options.localZone(), options.publishedAt());
            if (!found.isEmpty()) {
                return found.stream().filter(m -> m.time() != null).findFirst().orElse(found.get(0));
            }
        }
        return null;
    }
}
