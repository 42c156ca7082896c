package org.newsgraph.quote.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.quote.extract.Candidate.Basis;
import org.newsgraph.quote.extract.Candidate.SpeakerGuess;
import org.newsgraph.quote.extract.Mentions.Mention;
import org.newsgraph.quote.extract.Mentions.Type;

/**
 * Who said a quotation, read the way a reporter reads an article, front to back:
 * <ul>
 * <li>a speaker named right after it with a speech verb ("…,” he said", "…», — сказал Лебедев");</li>
 * <li>else the one before the last speech verb in front of it ("Whitfield said he was “…”"), else the
 * last one named before it in its sentence. Listeners and targets ("told reporters", "thanked Vogel")
 * are never the speaker;</li>
 * <li>a quotation alone in its sentence continues the quotation of the sentence before it (same speaker,
 * and same kind for posts and statements), or is said by whom the sentence before is about;</li>
 * <li>"he"/"she": the person the sentence, or else the sentences before it, are about (their
 * subject, then whom they name as listener or target), skipping a person the text already calls by
 * the other pronoun;</li>
 * <li>a role ("the Spanish prime minister", "Spain's housing minister", "la ministra"): the person
 * last named or described whose current title (and country) fits, or the only one who holds it;</li>
 * <li>an unnamed source: its description ("senior EU diplomat"); "the official" is the official
 * described before.</li>
 * </ul>
 */
final class Speakers {

    /** The speaker guessed, for a question whom it was put to, and whether it only continues the quotation before. */
    record Attribution(SpeakerGuess speaker, SpeakerGuess putTo, boolean continues) {
    }

    private static final Pattern SPEECH_VERB = Pattern.compile("(?<![\\p{L}])(said|says|say|added|adds|told|tells"
            + "|asked|asks|wrote|writes|posted|replied|responded|insisted|warned|declared|continued|explained|noted"
            + "|stated|argued|claimed|stressed|shouted|tweeted|according to|called|describ(?:ed|ing)|accused|urged"
            + "|conceded|answered|сказал[аи]?|заявил[аи]?|написал[аи]?|ответил[аи]?|добавил[аи]?|отметил[аи]?"
            + "|спросил[аи]?|назвал[аи]?|dijo|aseguró|afirmó|respondió|preguntó|añadió|escribió|declaró|señaló)"
            + "(?![\\p{L}])");
    private static final Pattern ASKED = Pattern.compile("(?<![\\p{L}])(asked|questioned|pressed|спросил[аи]?"
            + "|preguntó)(?![\\p{L}])");
    private static final Pattern HONORIFIC = Pattern.compile("(?:(Mr|Sir|Lord)|(Mrs|Ms|Dame|Lady))\\.?\\s+$");
    private static final Set<String> LEADERS = Set.of("president", "prime minister", "chancellor", "leader",
            "premier", "king", "queen", "chairman", "head of state", "head of government");
    private static final Map<String, String> QUALIFIERS = Map.ofEntries(Map.entry("foreign", "foreign"),
            Map.entry("defence", "defen|armed forces"), Map.entry("defense", "defen|armed forces"),
            Map.entry("interior", "interior|internal affairs|home affairs"), Map.entry("economy", "econom"),
            Map.entry("economic", "econom"), Map.entry("trade", "trade"),
            Map.entry("finance", "financ|treasury|exchequer"), Map.entry("energy", "energy"),
            Map.entry("housing", "housing"), Map.entry("agriculture", "agricult"), Map.entry("health", "health"),
            Map.entry("justice", "justice"), Map.entry("shipping", "maritime|shipping"),
            Map.entry("transport", "transport"), Map.entry("deputy", "deputy"),
            Map.entry("human rights", "human rights"), Map.entry("council", "council"), Map.entry("city", "city|mayor"));

    private final String text;
    private final List<Mention> mentions;
    private final List<KnownPerson> people;
    private final List<QuoteScanner.Span> spans;
    private final List<Sentences.Sentence> sentences;
    /** Who each pronoun and role description was read as, in text order. */
    private final Map<Mention, KnownPerson> resolved = new HashMap<>();
    private final Map<UUID, String> pronouns = new HashMap<>();
    private int read;

    Speakers(String text, List<Mention> mentions, List<KnownPerson> people, List<QuoteScanner.Span> spans,
            List<Sentences.Sentence> sentences) {
        this.text = text;
        this.mentions = mentions.stream().filter(m -> spans.stream().noneMatch(s -> m.start() > s.open()
                && m.end() <= s.close())).toList();
        this.people = people;
        this.spans = spans;
        this.sentences = sentences;
    }

    static boolean hasSpeechVerb(String words) {
        return SPEECH_VERB.matcher(words).find();
    }

    /** Reads the mentions up to {@code index}, resolving pronouns and roles in the order a reader meets them. */
    void readUpTo(int index) {
        while (read < mentions.size() && mentions.get(read).start() < index) {
            Mention m = mentions.get(read++);
            if (m.type() == Type.PRONOUN) {
                KnownPerson person = referent(m);
                if (person != null) {
                    resolved.put(m, person);
                    pronouns.putIfAbsent(person.id(), m.role());
                }
            } else if (m.type() == Type.DESCRIPTOR) {
                KnownPerson person = apposition(m);
                person = person != null ? person : titled(m);
                if (person != null) {
                    resolved.put(m, person);
                    String gender = gender(m);
                    if (gender != null) {
                        pronouns.putIfAbsent(person.id(), gender);
                    }
                }
            } else if (m.person() != null) {
                Matcher honorific = HONORIFIC.matcher(text.substring(Math.max(0, m.start() - 6), m.start()));
                if (honorific.find()) {
                    pronouns.putIfAbsent(m.person().id(), honorific.group(1) != null ? "he" : "she");
                }
            }
        }
    }

    Attribution attribute(QuoteScanner.Span span, Sentences.Sentence sentence, Candidate previous,
            boolean sameSentence) {
        readUpTo(sentence.end());
        List<Mention> inSentence = mentions.stream()
                .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end()).toList();
        int nextSpan = spans.stream().filter(s -> s.open() > span.close() && s.open() < sentence.end())
                .mapToInt(QuoteScanner.Span::open).findFirst().orElse(sentence.end());
        List<Mention> before = inSentence.stream().filter(m -> m.end() <= span.open()).toList();
        List<Mention> after = inSentence.stream().filter(m -> m.start() > span.close() && m.end() <= nextSpan)
                .toList();
        String lead = text.substring(sentence.start(), span.open());
        String words = text.substring(span.contentStart(), span.contentEnd()).strip();

        Matcher asked = ASKED.matcher(lead);
        int verb = -1;
        int verbEnd = -1;
        while (asked.find()) {
            verb = sentence.start() + asked.start();
            verbEnd = sentence.start() + asked.end();
        }
        if ((words.endsWith("?") || text.startsWith("?", span.close() + 1)) && verb >= 0) {
            int v = verb;
            int ve = verbEnd;
            Mention speaker = last(before.stream().filter(m -> m.end() <= v && m.speaks()).toList());
            Mention putTo = before.stream().filter(m -> m.start() >= ve && m.type() != Type.POSSESSIVE).findFirst()
                    .orElse(null);
            return new Attribution(guess(speaker), guess(putTo), false);
        }

        Mention speaker = null;
        String tail = text.substring(Math.min(span.close() + 1, nextSpan), nextSpan);
        Matcher said = SPEECH_VERB.matcher(tail);
        if (said.find() && said.start() <= 40) {
            speaker = after.stream().filter(m -> m.speaks() && m.start() - span.close() <= 60).findFirst()
                    .orElse(null);
        }
        if (speaker == null) {
            Matcher leadVerb = SPEECH_VERB.matcher(lead);
            int lastVerb = -1;
            while (leadVerb.find()) {
                lastVerb = sentence.start() + leadVerb.start();
            }
            int limit = lastVerb;
            if (lastVerb >= 0) {
                speaker = last(before.stream().filter(m -> m.speaks() && m.end() <= limit).toList());
            }
            if (speaker == null) {
                speaker = last(before.stream().filter(Mention::speaks).toList());
            }
        }
        if (speaker != null) {
            return new Attribution(guess(speaker), null, false);
        }
        if (sameSentence) {
            return new Attribution(previous.speaker(), null, true);
        }
        if (inSentence.isEmpty() && lead.isBlank()) {
            int index = indexOf(sentence);
            Sentences.Sentence prior = index > 0 ? sentences.get(index - 1) : null;
            if (prior != null && previous != null && previous.contextStart() <= prior.start()
                    && previous.contextEnd() >= prior.end() - 1) {
                return new Attribution(previous.speaker(), null, true);
            }
            if (prior != null && sameParagraph(prior, sentence)) {
                Mention subject = mentions.stream()
                        .filter(m -> m.start() >= prior.start() && m.end() <= prior.end() && m.speaks()).findFirst()
                        .orElse(null);
                return new Attribution(guess(subject), null, false);
            }
        }
        return new Attribution(null, null, false);
    }

    private boolean sameParagraph(Sentences.Sentence a, Sentences.Sentence b) {
        return text.substring(a.end(), b.start()).indexOf('\n') < 0;
    }

    private int indexOf(Sentences.Sentence sentence) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).start() == sentence.start()) {
                return i;
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(sentence.start())) {
                return i;
            }
        }
        return -1;
    }

    private static Mention last(List<Mention> mentions) {
        return mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
    }

    /** Who a mention stands for: a named person, the person a pronoun or role points to, or a label. */
    private SpeakerGuess guess(Mention mention) {
        if (mention == null) {
            return null;
        }
        return switch (mention.type()) {
            case PERSON, POSSESSIVE -> new SpeakerGuess(mention.person().id(), null, mention.words(),
                    mention.basis() == Basis.SURNAME ? 0.8 : 0.9, mention.basis());
            case LABEL -> new SpeakerGuess(null, label(mention), mention.words(), 0.7, Basis.LABEL);
            case UNKNOWN_NAME -> new SpeakerGuess(null, null, mention.words(), 0.0, Basis.UNRESOLVED);
            case PRONOUN, DESCRIPTOR -> {
                KnownPerson person = resolved.get(mention);
                yield person == null ? new SpeakerGuess(null, null, mention.words(), 0.0, Basis.UNRESOLVED)
                        : new SpeakerGuess(person.id(), null, mention.words(), 0.6,
                                mention.type() == Type.PRONOUN ? Basis.PRONOUN : Basis.TITLE);
            }
        };
    }

    /**
     * An unnamed source's description without its article ("a senior EU diplomat" → "senior EU
     * diplomat"); "the official" alone is the official described last.
     */
    private String label(Mention mention) {
        String words = mention.words().strip();
        String[] parts = words.split("\\s+", 2);
        boolean determiner = parts.length == 2 && parts[0].toLowerCase(Locale.ROOT)
                .matches("a|an|the|one|two|three|several|some|un|una");
        String label = determiner ? parts[1] : words;
        if (determiner && parts[0].equalsIgnoreCase("the") && !label.contains(" ")) {
            for (int i = mentions.indexOf(mention) - 1; i >= 0; i--) {
                Mention earlier = mentions.get(i);
                if (earlier.type() == Type.LABEL && !earlier.words().equalsIgnoreCase(words)
                        && earlier.words().toLowerCase(Locale.ROOT).matches("(?s).*\\b"
                                + Pattern.quote(label.toLowerCase(Locale.ROOT)) + "\\b.*")) {
                    return label(earlier);
                }
            }
        }
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }

    /**
     * The person a pronoun stands for: of the people its sentence names before it, then of those the
     * sentences before name (their subject first, then their listeners and targets), the nearest who is
     * not already called by the other pronoun.
     */
    private KnownPerson referent(Mention pronoun) {
        int index = -1;
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(pronoun.start())) {
                index = i;
            }
        }
        if (index < 0) {
            return null;
        }
        int from = sentences.get(index).start();
        List<Mention> here = mentions.stream().filter(m -> m.start() >= from && m.end() <= pronoun.start()).toList();
        for (int i = here.size() - 1; i >= 0; i--) {
            KnownPerson p = person(here.get(i));
            if (p != null && here.get(i).speaks() && agrees(p, pronoun)) {
                return p;
            }
        }
        for (int s = index - 1; s >= Math.max(0, index - 6); s--) {
            Sentences.Sentence sentence = sentences.get(s);
            List<Mention> in = mentions.stream()
                    .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end()).toList();
            for (boolean subjects : new boolean[] { true, false }) {
                for (Mention m : in) {
                    KnownPerson p = person(m);
                    if (p != null && m.speaks() == subjects && agrees(p, pronoun)) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private boolean agrees(KnownPerson person, Mention pronoun) {
        String known = pronouns.get(person.id());
        return known == null || known.equals(pronoun.role());
    }

    /** The person a mention names or was read as, if any. */
    private KnownPerson person(Mention m) {
        return m.person() != null && m.type() == Type.PERSON ? m.person() : resolved.get(m);
    }

    /** "Serbia's foreign minister, Milica Jovanović, …": the role is the person named right after it. */
    private KnownPerson apposition(Mention descriptor) {
        int next = mentions.indexOf(descriptor) + 1;
        if (next < mentions.size()) {
            Mention m = mentions.get(next);
            String between = text.substring(descriptor.end(), m.start());
            if (m.type() == Type.PERSON && between.matches(",\\s*")) {
                return m.person();
            }
        }
        return null;
    }

    /** The pronoun a role's own words imply: "la ministra", "the spokeswoman". */
    private static String gender(Mention descriptor) {
        String words = descriptor.words().toLowerCase(Locale.ROOT);
        if (words.matches(".*\\b(ministra|presidenta|spokeswoman|chairwoman|queen)\\b.*")) {
            return "she";
        }
        return words.matches(".*\\b(ministro|presidente|spokesman|chairman|king)\\b.*") ? "he" : null;
    }

    /**
     * The person a role such as "the US president" means: of those whose current title (and
     * country) fit, the one last named or described before it, or the only one; a role without a
     * country is first looked for in the country the text last named ("Georgia's interior ministry …
     * the interior minister").
     */
    private KnownPerson titled(Mention descriptor) {
        String gender = gender(descriptor);
        List<KnownPerson> fitting = people.stream().filter(p -> fits(p, descriptor))
                .filter(p -> gender == null || pronouns.getOrDefault(p.id(), gender).equals(gender)).toList();
        if (fitting.isEmpty()) {
            return null;
        }
        if (descriptor.adjective() == null && fitting.size() > 1) {
            String country = Mentions.countryBefore(text, descriptor.start());
            List<KnownPerson> there = country == null ? List.of() : fitting.stream()
                    .filter(p -> fits(p, new Mention(descriptor.start(), descriptor.end(), descriptor.words(),
                            Type.DESCRIPTOR, null, Basis.TITLE, country, descriptor.role(), descriptor.qualifier(),
                            descriptor.object())))
                    .toList();
            if (!there.isEmpty()) {
                fitting = there;
            }
        }
        KnownPerson lastNamed = null;
        for (Mention m : mentions) {
            if (m.start() >= descriptor.start()) {
                break;
            }
            KnownPerson p = m.person() != null ? m.person() : resolved.get(m);
            if (p != null && fitting.contains(p)) {
                lastNamed = p;
            }
        }
        return lastNamed != null ? lastNamed : fitting.size() == 1 ? fitting.get(0) : null;
    }

    private static boolean fits(KnownPerson person, Mention descriptor) {
        String role = descriptor.role();
        List<String> roles = switch (role) {
            case "leader" -> List.copyOf(LEADERS);
            case "prime minister" -> List.of("prime minister", "premier", "president of the government");
            case "foreign minister" -> List.of("foreign", "minister of foreign affairs");
            case "defence minister", "defense minister" -> List.of("minister of defen", "defence minister",
                    "armed forces");
            case "spokesman", "spokeswoman", "spokesperson" -> List.of("spokes", "press secretary");
            // a "Secretary of Economy" or a "Foreign Secretary" is what other countries call a minister
            case "minister" -> List.of("minister", "secretary");
            case "chair", "chairman", "chairwoman" -> List.of("chair");
            default -> List.of(role);
        };
        List<String> country = descriptor.adjective() == null ? null
                : Mentions.COUNTRIES.get(Mentions.normalAdjective(descriptor.adjective()));
        if (descriptor.adjective() != null && country == null) {
            return false;
        }
        String qualifier = descriptor.qualifier() == null ? "" : descriptor.qualifier().toLowerCase(Locale.ROOT);
        for (KnownPerson.Role r : person.roles()) {
            String t = (r.title() + " " + (r.organisation() == null ? "" : r.organisation())).toLowerCase(Locale.ROOT);
            String title = r.title().toLowerCase(Locale.ROOT);
            boolean fitsRole = roles.stream().anyMatch(title::contains)
                    && !(role.equals("minister") && title.matches(".*(prime minister|press secretary|general secretary"
                            + "|secretary-general|secretary general).*"))
                    && (qualifier.contains("deputy") || !title.contains("deputy"));
            boolean fitsQualifier = qualifier.isEmpty() || List.of(qualifier.split("\\s+(?!rights)")).stream()
                    .allMatch(q -> QUALIFIERS.get(q) == null || Pattern.compile(QUALIFIERS.get(q)).matcher(t).find());
            boolean place = country == null
                    || country.stream().anyMatch(c -> Pattern.compile("\\b" + Pattern.quote(c.toLowerCase(Locale.ROOT))
                            + "\\b").matcher(t).find())
                    || person.nationality() != null && country.stream()
                            .anyMatch(c -> c.equalsIgnoreCase(person.nationality()));
            if (fitsRole && fitsQualifier && place) {
                return true;
            }
        }
        return false;
    }
}
