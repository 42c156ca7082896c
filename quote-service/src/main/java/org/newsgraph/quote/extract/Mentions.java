package org.newsgraph.quote.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words in a text that may name a speaker: known people's names, aliases and surnames (with
 * or without their diacritics); "he"/"she"; role descriptions such as "the Russian leader" or
 * "Spain's housing minister"; unnamed sources such as "reporters" or "a senior EU diplomat"; and
 * other capitalised names that no known person matches. Where two overlap, the longer wins.
 */
final class Mentions {

    enum Type {
        PERSON, POSSESSIVE, PRONOUN, DESCRIPTOR, LABEL, UNKNOWN_NAME
    }

    /**
     * One mention. {@code object} marks the listener or the target of a verb ("told reporters",
     * "thanked Vogel"): such a mention never is the speaker. Descriptors carry their country
     * ({@code adjective}, e.g. "Spanish"), their {@code role} ("minister") and what qualifies it
     * ("housing"); pronouns their {@code role} "he" or "she".
     */
    record Mention(int start, int end, String words, Type type, KnownPerson person, Candidate.Basis basis,
            String adjective, String role, String qualifier, boolean object) {

        boolean speaks() {
            return !object && type != Type.POSSESSIVE;
        }
    }

    /** Words that introduce a name but are not part of it ("US President Donald Trump"). */
    static final Set<String> TITLE_WORDS = Set.of("US", "U.S.", "UK", "EU", "UN", "President", "Vice", "Prime",
            "Minister", "Foreign", "Defence", "Defense", "Deputy", "Secretary", "State", "of", "the", "The",
            "Chancellor", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "General", "Senator", "Governor",
            "Ambassador", "Envoy", "Special", "Presidential", "Adviser", "Kremlin", "Spokesman", "Spokeswoman",
            "Spokesperson", "Press", "Chief", "King", "Queen", "Pope", "Former", "Economy", "Trade", "Finance",
            "Interior", "Energy", "Agriculture", "Health", "Justice", "Representative", "Commissioner", "Mayor",
            "Leader", "Opposition", "Labour", "Labour’s", "Labour's");

    /** Capitalised words that start sentences without naming anyone. */
    static final Set<String> COMMON = Set.of("A", "An", "And", "But", "He", "She", "It", "We", "They", "I", "You",
            "In", "On", "At", "By", "For", "From", "With", "After", "Before", "Following", "However", "Neither",
            "Both", "This", "That", "These", "Those", "There", "Their", "His", "Her", "Its", "Our", "When", "While",
            "If", "As", "Asked", "Reporters", "Officials", "Will", "Yes", "No", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "By contrast", "Earlier", "Later",
            "Speaking", "Outside", "Until", "Tomorrow", "Tonight", "Today", "Nobody", "Every", "Some");

    /** Country adjectives, the countries' names and codes, and the words their titles use ("President of the United States"). */
    static final Map<String, List<String>> COUNTRIES = countries();
    private static final String COUNTRY_WORDS = String.join("|", COUNTRIES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList());

    private static final Pattern COUNTRY = Pattern.compile("(?<![\\p{L}])(" + COUNTRY_WORDS + ")(?![\\p{L}])");
    private static final Pattern PRONOUN = Pattern.compile("(?<![\\p{L}])([Hh]e|[Ss]he|он|она|Он|Она|él|ella|Él|Ella)(?![\\p{L}])");
    private static final String ROLES = "prime minister|foreign minister|defence minister|defense minister"
            + "|secretary of state|minister|leader|president|chancellor|premier|king|queen|pope|envoy|ambassador"
            + "|negotiator|spokesman|spokeswoman|spokesperson|commissioner|mayor|governor|chief executive|chair"
            + "|chairman|chairwoman|trade representative|representative";
    /**
     * "the German defence minister", "Spain's housing minister", "the country's president",
     * "the Croatian prime minister": a determiner or a country's possessive, a country adjective,
     * up to two words that qualify the role, and the role.
     */
    private static final Pattern DESCRIPTOR = Pattern.compile("(?<![\\p{L}])(?:(?:[Tt]he|[Tt]heir|[Ii]ts)\\s+"
            + "(?:(" + COUNTRY_WORDS + ")\\s+)?|(" + COUNTRY_WORDS + ")[\u2019']s\\s+)"
            + "((?:(?:deputy|foreign|defence|defense|interior|economy|economic|trade|finance|energy|housing"
            + "|agriculture|health|justice|shipping|transport|outgoing|new|former|human rights|council|city"
            + "|country[\u2019']s)\\s+){0,2})"
            + "(" + ROLES + ")(?![\\p{L}])");
    /** "la ministra", "el canciller venezolano". */
    private static final Pattern SPANISH_DESCRIPTOR = Pattern.compile("(?<![\\p{L}])(?:[Ll]a|[Ee]l)\\s+"
            + "(ministra|ministro|canciller|presidenta|presidente|portavoz)(?:\\s+(" + COUNTRY_WORDS + "))?(?![\\p{L}])");
    private static final Map<String, String[]> SPANISH_ROLES = Map.of("ministra", new String[] { "minister", "" },
            "ministro", new String[] { "minister", "" }, "canciller", new String[] { "minister", "foreign" },
            "presidenta", new String[] { "president", "" }, "presidente", new String[] { "president", "" },
            "portavoz", new String[] { "spokesperson", "" });

    private static final String SOURCE_NOUNS = "officials|official|diplomats|diplomat|sources|source|spokesman"
            + "|spokeswoman|spokesperson|aides|aide|adviser|advisers|MPs|MP|lawmakers|lawmaker|reporters|reporter"
            + "|journalists|journalist|officers|officer|analysts|analyst|negotiators|negotiator|witnesses|witness"
            + "|residents|resident|protesters|protester|critics|minister|member|members";
    /**
     * An unnamed source: "a senior EU diplomat", "a spokesman for the European Commission" (the
     * phrase after the noun only where a comma or the verb follows it), "the official".
     */
    private static final Pattern SOURCE = Pattern.compile("(?<![\\p{L}])(?:([Aa]n?|[Oo]ne|[Tt]he|[Tt]wo|[Tt]hree"
            + "|[Ss]everal|[Ss]ome)\\s+)((?:(?!(?:who|which|that|and|or|said|told)\\s)[\\p{L}][\\p{L}.\\-]*\\s+){0,3}?)"
            + "(" + SOURCE_NOUNS + ")(?![\\p{L}])"
            + "((?:\\s+(?:for|from|in|of|at|with)\\s+[^,.;:\u201C\u201D\"\u2018\u2019]{1,50}?)"
            + "(?=\\s*,|\\s+(?:who|said|says|told|asked|speaking)(?![\\p{L}])))?");
    private static final Pattern BARE_GROUP = Pattern.compile("(?<![\\p{L}])(reporters|journalists|officials|aides"
            + "|protesters|critics|analysts|diplomats|witnesses|residents|the crowd|sources|Reporters|Journalists"
            + "|Officials|Журналисты|журналисты)(?![\\p{L}])");
    /** "un alto funcionario colombiano", "un periodista". */
    private static final Pattern SPANISH_SOURCE = Pattern.compile("(?<![\\p{L}])(?:[Uu]n|[Uu]na)\\s+"
            + "((?:alto|alta)\\s+)?(funcionario|funcionaria|diplomático|diplomática|periodista|fuente|portavoz)"
            + "(\\s+(?!que\\b)[a-záéíóú]+(?:o|a)(?=\\s*,|\\s+(?:dijo|aseguró|afirmó)))?(?![\\p{L}])");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}])\\p{Lu}[\\p{L}\\-\u2019']*\\p{L}"
            + "(?:[ ]+(?:(?:of|de|del|la|van|von|der)[ ]+)?\\p{Lu}[\\p{L}\\-\u2019']*\\p{L})*");
    /** A mention right after these is the one spoken to or about, not the speaker. */
    private static final Pattern OBJECT_VERB = Pattern.compile("(?:told|tells|telling|briefed|informed|asked|asks"
            + "|asking|pressed|thanked|accused|urged|backed|invited|called on|met|joined|criticised|criticized"
            + "|praised|questioned|addressed|answered|congratulated|to|спросили|спросил|спросила)"
            + "\\s+(?:the\\s+|a\\s+|an\\s+)?$");

    /** The words a title holds for a role as articles name it ("foreign minister" → "Minister of Foreign Affairs"). */
    private static final Map<String, List<String>> LOOKUP_WORDS = Map.of("foreign minister", List.of("minister"),
            "defence minister", List.of("minister"), "defense minister", List.of("minister"),
            "minister", List.of("minister", "secretary"),
            "leader", List.of("president", "prime minister", "chancellor", "leader"),
            "spokesman", List.of("spokes"), "spokeswoman", List.of("spokes"), "spokesperson", List.of("spokes"),
            "chairman", List.of("chair"), "chairwoman", List.of("chair"));

    private Mentions() {
    }

    static List<Mention> find(String text, List<KnownPerson> people) {
        String folded = fold(text);
        List<Mention> found = new ArrayList<>();
        for (KnownPerson person : people) {
            add(found, text, folded, person.name(), person, Candidate.Basis.NAME);
            for (String alias : person.aliases()) {
                add(found, text, folded, alias, person, Candidate.Basis.ALIAS);
            }
            List<String> names = new ArrayList<>(person.aliases());
            names.add(0, person.name());
            for (String name : names) {
                for (String surname : surnames(name)) {
                    add(found, text, folded, surname, person, Candidate.Basis.SURNAME);
                }
            }
        }
        Matcher m = PRONOUN.matcher(text);
        while (m.find()) {
            String pronoun = m.group().toLowerCase(Locale.ROOT);
            String gender = pronoun.equals("he") || pronoun.equals("он") || pronoun.equals("él") ? "he" : "she";
            found.add(mention(text, m.start(), m.end(), Type.PRONOUN, null, Candidate.Basis.PRONOUN, null, gender,
                    null));
        }
        m = DESCRIPTOR.matcher(text);
        while (m.find()) {
            String adjective = m.group(1) != null ? m.group(1) : m.group(2);
            String qualifier = m.group(3).strip().replaceAll("country[\u2019']s|outgoing|new|former", "").strip();
            found.add(mention(text, m.start(), m.end(), Type.DESCRIPTOR, null, Candidate.Basis.TITLE, adjective,
                    m.group(4).toLowerCase(Locale.ROOT), qualifier.isEmpty() ? null : qualifier));
        }
        m = SPANISH_DESCRIPTOR.matcher(text);
        while (m.find()) {
            String[] role = SPANISH_ROLES.get(m.group(1).toLowerCase(Locale.ROOT));
            found.add(mention(text, m.start(), m.end(), Type.DESCRIPTOR, null, Candidate.Basis.TITLE, m.group(2),
                    role[0], role[1].isEmpty() ? null : role[1]));
        }
        for (Pattern pattern : List.of(SOURCE, BARE_GROUP, SPANISH_SOURCE)) {
            m = pattern.matcher(text);
            while (m.find()) {
                found.add(mention(text, m.start(), m.end(), Type.LABEL, null, Candidate.Basis.LABEL, null, null,
                        null));
            }
        }
        for (String[] name : names(text)) {
            int start = Integer.parseInt(name[1]);
            String words = name[0];
            if (words.contains(" ")) {
                found.add(mention(text, start, start + words.length(), Type.UNKNOWN_NAME, null,
                        Candidate.Basis.UNRESOLVED, null, null, null));
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
     * The role descriptions in a text worth asking entity-service about (who holds the office):
     * each role with the country code its adjective names, or none.
     */
    static List<RoleQuery> roles(String text) {
        Set<RoleQuery> roles = new LinkedHashSet<>();
        for (Mention m : find(text, List.of())) {
            if (m.type() == Type.DESCRIPTOR) {
                List<String> country = m.adjective() == null ? null : COUNTRIES.get(normalAdjective(m.adjective()));
                String code = country == null ? null : country.get(country.size() - 1).toUpperCase(Locale.ROOT);
                String context = m.adjective() == null ? countryBefore(text, m.start()) : null;
                List<String> there = context == null ? null : COUNTRIES.get(context);
                for (String word : LOOKUP_WORDS.getOrDefault(m.role(), List.of(m.role()))) {
                    roles.add(new RoleQuery(word, code));
                    if (there != null) {
                        roles.add(new RoleQuery(word, there.get(there.size() - 1).toUpperCase(Locale.ROOT)));
                    }
                }
            }
        }
        return List.copyOf(roles);
    }

    /** The country the text last named before {@code index} ("Georgia’s", "the Spanish"), as its adjective key; or null. */
    static String countryBefore(String text, int index) {
        Matcher m = COUNTRY.matcher(text.substring(0, index));
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    static String normalAdjective(String adjective) {
        return adjective == null ? null : adjective.equals("U.S.") ? "US" : adjective;
    }

    /**
     * Capitalised names in the text with their offsets ({@code [words, start]}), leading titles
     * and country adjectives dropped ("US President Donald Trump" → "Donald Trump"), common
     * sentence openers left out.
     */
    static List<String[]> names(String text) {
        List<String[]> names = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String[] words = m.group().split(" +");
            int offset = m.start();
            int first = 0;
            while (first < words.length && (TITLE_WORDS.contains(words[first]) || COMMON.contains(words[first])
                    || COUNTRIES.containsKey(words[first].replaceAll("[\u2019']s$", ""))) && first < words.length - 1) {
                offset += words[first].length();
                while (offset < m.end() && text.charAt(offset) == ' ') {
                    offset++;
                }
                first++;
            }
            if (first == words.length - 1 && (TITLE_WORDS.contains(words[first]) || COMMON.contains(words[first]))) {
                continue;
            }
            String name = String.join(" ", Arrays.copyOfRange(words, first, words.length));
            if (text.startsWith(name, offset)) {
                names.add(new String[] { name, Integer.toString(offset) });
            }
        }
        return names;
    }

    /**
     * The surnames a person may be called by alone: the last word of a name, and for names of three
     * words or more also the last two ("Fernández Muñoz", "Ortiz Peña"), and "de Vries" with its particle.
     */
    static List<String> surnames(String name) {
        String[] words = name.strip().split("\\s+");
        List<String> surnames = new ArrayList<>();
        if (words.length > 1 && words[words.length - 1].length() > 2) {
            surnames.add(words[words.length - 1]);
        }
        if (words.length > 2) {
            surnames.add(words[words.length - 2] + " " + words[words.length - 1]);
        }
        return surnames;
    }

    /**
     * The text with diacritics removed letter by letter, so that offsets stay the same:
     * "Wiśniewska" and "Wisniewska" match each other.
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                folded.append(Character.toLowerCase(c));
                continue;
            }
            char base = switch (c) {
                case 'ł' , 'Ł' -> 'l';
                case 'ø' , 'Ø' -> 'o';
                case 'đ' , 'Đ' -> 'd';
                case 'ß' -> 's';
                case '\u2019' -> '\'';
                default -> {
                    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                    yield d.isEmpty() || Character.isSurrogate(c) ? c : d.charAt(0);
                }
            };
            folded.append(Character.toLowerCase(base));
        }
        return folded.toString();
    }

    private static Mention mention(String text, int start, int end, Type type, KnownPerson person,
            Candidate.Basis basis, String adjective, String role, String qualifier) {
        boolean object = OBJECT_VERB.matcher(text.substring(Math.max(0, start - 30), start)).find();
        return new Mention(start, end, text.substring(start, end), type, person, basis, adjective, role, qualifier,
                object);
    }

    private static void add(List<Mention> found, String text, String folded, String name, KnownPerson person,
            Candidate.Basis basis) {
        if (name == null || name.isBlank()) {
            return;
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(name.strip())) + "(?![\\p{L}\\p{N}])")
                .matcher(folded);
        while (m.find()) {
            boolean possessive = text.startsWith("\u2019s", m.end()) || text.startsWith("'s", m.end());
            found.add(new Mention(m.start(), m.end(), text.substring(m.start(), m.end()),
                    possessive ? Type.POSSESSIVE : Type.PERSON, person, basis, null, null, null,
                    OBJECT_VERB.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()));
        }
    }

    private static Map<String, List<String>> countries() {
        Map<String, List<String>> map = new HashMap<>();
        // adjective or name → words a title may use for the country, the ISO code last
        String[][] rows = {
                { "US|American|United States|America|U.S.", "united states|us|america|US" },
                { "Russian|Kremlin|Russia|российский|России", "russia|russian federation|RU" },
                { "Ukrainian|Ukraine", "ukraine|UA" }, { "British|UK|Britain", "united kingdom|GB" },
                { "French|France", "france|FR" }, { "German|Germany", "germany|DE" },
                { "Chinese|China", "china|CN" }, { "Turkish|Turkey", "turkey|türkiye|TR" },
                { "Polish|Poland", "poland|PL" }, { "Italian|Italy", "italy|IT" }, { "Israeli|Israel", "israel|IL" },
                { "Spanish|Spain|español|española", "spain|ES" }, { "Greek|Greece", "greece|GR" },
                { "Hungarian|Hungary", "hungary|HU" }, { "Estonian|Estonia", "estonia|EE" },
                { "Canadian|Canada", "canada|CA" }, { "Mexican|Mexico", "mexico|MX" },
                { "Serbian|Serbia", "serbia|RS" }, { "Croatian|Croatia", "croatia|HR" },
                { "Georgian|Georgia", "georgia|GE" }, { "Romanian|Romania", "romania|RO" },
                { "Colombian|Colombia|colombiano|colombiana", "colombia|CO" },
                { "Venezuelan|Venezuela|venezolano|venezolana", "venezuela|VE" },
                { "Portuguese|Portugal", "portugal|PT" }, { "Dutch|Netherlands", "netherlands|NL" },
                { "Swedish|Sweden", "sweden|SE" }, { "Austrian|Austria", "austria|AT" },
                { "Belarusian|Belarus", "belarus|BY" }, { "Lithuanian|Lithuania", "lithuania|LT" },
                { "Latvian|Latvia", "latvia|LV" }, { "Finnish|Finland", "finland|FI" },
                { "Norwegian|Norway", "norway|NO" }, { "Danish|Denmark", "denmark|DK" },
                { "Czech|Czechia", "czech|CZ" }, { "Slovak|Slovakia", "slovakia|SK" },
                { "Bulgarian|Bulgaria", "bulgaria|BG" }, { "Moldovan|Moldova", "moldova|MD" },
                { "Armenian|Armenia", "armenia|AM" }, { "Azerbaijani|Azerbaijan", "azerbaijan|AZ" },
                { "Japanese|Japan", "japan|JP" }, { "Indian|India", "india|IN" }, { "Iranian|Iran", "iran|IR" },
                { "Saudi", "saudi arabia|SA" }, { "Egyptian|Egypt", "egypt|EG" }, { "Irish|Ireland", "ireland|IE" },
                { "Belgian|Belgium", "belgium|BE" }, { "Swiss|Switzerland", "switzerland|CH" },
                { "Cypriot|Cyprus", "cyprus|CY" }, { "Brazilian|Brazil", "brazil|BR" },
                { "Argentine|Argentinian|Argentina", "argentina|AR" }, { "Chilean|Chile", "chile|CL" } };
        for (String[] row : rows) {
            List<String> words = List.of(row[1].split("\\|"));
            for (String adjective : row[0].split("\\|")) {
                map.put(adjective, words);
            }
        }
        return Map.copyOf(map);
    }
}
