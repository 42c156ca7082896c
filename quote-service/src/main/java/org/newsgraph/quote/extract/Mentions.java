package org.newsgraph.quote.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words in a text that may name a speaker: known people's names, aliases and surnames;
 * "he"/"she"; titles such as "the Russian leader"; unnamed groups such as "reporters"; and other
 * capitalised names that no known person matches. Where two overlap, the longer wins.
 */
final class Mentions {

    enum Type {
        PERSON, POSSESSIVE, PRONOUN, DESCRIPTOR, LABEL, UNKNOWN_NAME
    }

    record Mention(int start, int end, String words, Type type, KnownPerson person, Candidate.Basis basis,
            String adjective, String role) {
    }

    /** Words that introduce a name but are not part of it ("US President Donald Trump"). */
    static final Set<String> TITLE_WORDS = Set.of("US", "UK", "EU", "UN", "President", "Vice", "Prime", "Minister",
            "Foreign", "Defence", "Defense", "Secretary", "State", "of", "the", "The", "Chancellor", "Russian",
            "Ukrainian", "American", "British", "French", "German", "Chinese", "Mr", "Mrs", "Ms", "Dr", "General",
            "Senator", "Governor", "Ambassador", "Envoy", "Special", "Presidential", "Adviser", "Kremlin",
            "Spokesman", "Spokeswoman", "Spokesperson", "Press", "Chief", "King", "Queen", "Pope", "Former");

    /** Capitalised words that start sentences without naming anyone. */
    static final Set<String> COMMON = Set.of("A", "An", "And", "But", "He", "She", "It", "We", "They", "I", "You",
            "In", "On", "At", "By", "For", "From", "With", "After", "Before", "Following", "However", "Neither",
            "Both", "This", "That", "These", "Those", "There", "Their", "His", "Her", "Its", "Our", "When", "While",
            "If", "As", "Asked", "Reporters", "Officials", "Will", "Yes", "No", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "By contrast", "Earlier", "Later");

    private static final Pattern PRONOUN = Pattern.compile("\\b([Hh]e|[Ss]he)\\b");
    private static final Pattern DESCRIPTOR = Pattern.compile("\\b[Tt]he\\s+(?:([A-Z][a-z]+|US|UK|EU)\\s+)?"
            + "(leader|president|prime minister|foreign minister|defence minister|defense minister|minister"
            + "|chancellor|secretary of state|premier|king|queen|pope|envoy|negotiator|spokesman|spokeswoman)\\b");
    private static final Pattern LABEL = Pattern.compile("(?i)\\b(reporters|journalists|officials|aides|protesters"
            + "|critics|analysts|diplomats|witnesses|residents|an official|a reporter|a journalist|a spokesman"
            + "|a spokeswoman|a spokesperson|the crowd|a source|sources)\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\-]+(?:[ ]+(?:of[ ]+)?\\p{Lu}[\\p{L}\\-]+)*");

    /** Country adjectives and the words their titles use ("President of the United States"). */
    static final Map<String, List<String>> COUNTRIES = Map.ofEntries(
            Map.entry("US", List.of("united states", "us", "america")),
            Map.entry("American", List.of("united states", "us", "america")),
            Map.entry("Russian", List.of("russia", "ru")), Map.entry("Kremlin", List.of("russia", "ru")),
            Map.entry("Ukrainian", List.of("ukraine", "ua")), Map.entry("British", List.of("united kingdom", "gb")),
            Map.entry("UK", List.of("united kingdom", "gb")), Map.entry("French", List.of("france", "fr")),
            Map.entry("German", List.of("germany", "de")), Map.entry("Chinese", List.of("china", "cn")),
            Map.entry("Turkish", List.of("turkey", "türkiye", "tr")), Map.entry("Polish", List.of("poland", "pl")),
            Map.entry("Italian", List.of("italy", "it")), Map.entry("Israeli", List.of("israel", "il")));

    private Mentions() {
    }

    static List<Mention> find(String text, List<KnownPerson> people) {
        List<Mention> found = new ArrayList<>();
        for (KnownPerson person : people) {
            add(found, text, person.name(), person, Candidate.Basis.NAME);
            for (String alias : person.aliases()) {
                add(found, text, alias, person, Candidate.Basis.ALIAS);
            }
            List<String> names = new ArrayList<>(person.aliases());
            names.add(0, person.name());
            for (String name : names) {
                String[] words = name.strip().split("\\s+");
                if (words.length > 1 && words[words.length - 1].length() > 2) {
                    add(found, text, words[words.length - 1], person, Candidate.Basis.SURNAME);
                }
            }
        }
        Matcher m = PRONOUN.matcher(text);
        while (m.find()) {
            found.add(new Mention(m.start(), m.end(), m.group(), Type.PRONOUN, null, Candidate.Basis.PRONOUN, null, null));
        }
        m = DESCRIPTOR.matcher(text);
        while (m.find()) {
            found.add(new Mention(m.start(), m.end(), m.group(), Type.DESCRIPTOR, null, Candidate.Basis.TITLE,
                    m.group(1), m.group(2).toLowerCase(Locale.ROOT)));
        }
        m = LABEL.matcher(text);
        while (m.find()) {
            found.add(new Mention(m.start(), m.end(), m.group(), Type.LABEL, null, Candidate.Basis.LABEL, null, null));
        }
        for (String[] name : names(text)) {
            int start = Integer.parseInt(name[1]);
            String words = name[0];
            if (words.contains(" ")) {
                found.add(new Mention(start, start + words.length(), words, Type.UNKNOWN_NAME, null,
                        Candidate.Basis.UNRESOLVED, null, null));
            }
        }
        // longer mentions win over those they overlap; known people over unknown names
        found.sort(Comparator.comparingInt((Mention x) -> x.type() == Type.UNKNOWN_NAME ? 1 : 0)
                .thenComparing(Comparator.comparingInt((Mention x) -> x.end() - x.start()).reversed())
                .thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : found) {
            if (kept.stream().noneMatch(k -> k.start() < mention.end() && mention.start() < k.end())) {
                kept.add(mention);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    /**
     * Capitalised names in the text with their offsets ({@code [words, start]}), leading titles
     * dropped ("US President Donald Trump" → "Donald Trump"), common sentence openers left out.
     */
    static List<String[]> names(String text) {
        List<String[]> names = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String[] words = m.group().split(" +");
            int offset = m.start();
            int first = 0;
            while (first < words.length && (TITLE_WORDS.contains(words[first]) || COMMON.contains(words[first]))) {
                offset += words[first].length();
                while (offset < m.end() && text.charAt(offset) == ' ') {
                    offset++;
                }
                first++;
            }
            if (first == words.length) {
                continue;
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
            if (text.startsWith(name, offset)) {
                names.add(new String[] { name, Integer.toString(offset) });
            }
        }
        return names;
    }

    private static void add(List<Mention> found, String text, String name, KnownPerson person,
            Candidate.Basis basis) {
        if (name == null || name.isBlank()) {
            return;
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.strip()) + "(?![\\p{L}\\p{N}])")
                .matcher(text);
        while (m.find()) {
            boolean possessive = text.startsWith("\u2019s", m.end()) || text.startsWith("'s", m.end());
            found.add(new Mention(m.start(), m.end(), m.group(), possessive ? Type.POSSESSIVE : Type.PERSON, person,
                    basis, null, null));
        }
    }
}
