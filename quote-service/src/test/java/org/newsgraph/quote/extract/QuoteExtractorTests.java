package org.newsgraph.quote.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.platform.time.Precision;
import org.newsgraph.quote.QuoteKind;
import org.newsgraph.quote.extract.Candidate.Basis;

/** Article text → candidates, on the reference article and on articles in other quoting styles. */
class QuoteExtractorTests {

    static final KnownPerson TRUMP = person("Donald Trump", "US", List.of("President of the United States"));
    static final KnownPerson PUTIN = person("Vladimir Putin", "RU", List.of("President of Russia"),
            "Владимир Путин");
    static final KnownPerson ZELENSKYY = person("Volodymyr Zelenskyy", "UA", List.of("President of Ukraine"),
            "Volodymyr Zelensky");
    static final List<KnownPerson> SUMMIT = List.of(TRUMP, PUTIN, ZELENSKYY);
    static final Instant PUBLISHED = Instant.parse("2025-08-15T23:10:00Z");

    static KnownPerson person(String name, String nationality, List<String> titles, String... aliases) {
        return KnownPerson.withTitles(UUID.randomUUID(), name, List.of(aliases), titles, nationality);
    }

    static String article(String name) throws IOException {
        try (InputStream in = QuoteExtractorTests.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Candidate find(List<Candidate> candidates, String text) {
        return candidates.stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate '" + text + "' among "
                        + candidates.stream().map(Candidate::text).toList()));
    }

    static void spokenBy(Candidate candidate, KnownPerson person, Basis basis) {
        assertNotNull(candidate.speaker(), candidate.text() + ": no speaker");
        assertEquals(person.id(), candidate.speaker().id(), candidate.text() + ": speaker " + candidate.speaker());
        assertEquals(basis, candidate.speaker().basis(), candidate.text());
    }

    /** Every candidate's offsets point at its words, and its context contains them. */
    static void offsetsHold(String text, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            assertEquals(c.text(), text.substring(c.start(), c.end()));
            assertEquals(c.context(), text.substring(c.contextStart(), c.contextEnd()));
            assertTrue(c.contextStart() <= c.start() && c.end() <= c.contextEnd(), c.text());
        }
    }

    // ---- the reference article -----------------------------------------------------------

    @Test
    void theAlaskaSummitReportReadsWell() throws IOException {
        String text = article("alaska-summit.txt");
        List<Candidate> found = QuoteExtractor.extract(text, SUMMIT,
                new QuoteExtractor.Options("America/Anchorage", PUBLISHED));
        offsetsHold(text, found);
        assertEquals(List.of("constructive atmosphere of mutual respect",
                "We haven\u2019t quite got there, but we\u2019ve got some headway",
                "There\u2019s no deal until there\u2019s a deal", "get a little heat on that one", "ceasefire",
                "The Beast", "24 hours", "HIGH STAKES!!!", "Will you commit to not killing any more civilians?",
                "We understand Russia\u2019s intention to try to deceive America \u2013 we will not allow this"),
                found.stream().map(Candidate::text).toList());

        Candidate post = find(found, "HIGH STAKES!!!");
        assertEquals(QuoteKind.POST, post.kind());
        assertEquals("Truth Social", post.platform());
        spokenBy(post, TRUMP, Basis.SURNAME);

        Candidate fragment = find(found, "constructive atmosphere of mutual respect");
        assertEquals(QuoteKind.FRAGMENT, fragment.kind());
        spokenBy(fragment, PUTIN, Basis.SURNAME);
        assertTrue(fragment.context().startsWith("The meeting, which lasted roughly two hours"));

        Candidate question = find(found, "Will you commit to not killing any more civilians?");
        assertEquals(QuoteKind.QUESTION, question.kind());
        assertNull(question.speaker().id());
        assertEquals("reporters", question.speaker().label());
        assertEquals(PUTIN.id(), question.putTo().id());
        assertEquals("Reporters asked Putin, \u201cWill you commit to not killing any more civilians?\u201d",
                question.context());

        Candidate headway = find(found, "We haven\u2019t quite got there, but we\u2019ve got some headway");
        assertEquals(QuoteKind.DIRECT, headway.kind());
        spokenBy(headway, TRUMP, Basis.PRONOUN);
        spokenBy(find(found, "There\u2019s no deal until there\u2019s a deal"), TRUMP, Basis.PRONOUN);

        Candidate heat = find(found, "get a little heat on that one");
        assertEquals(QuoteKind.FRAGMENT, heat.kind());
        assertEquals(TRUMP.id(), heat.speaker().id());

        Candidate zelensky = find(found,
                "We understand Russia\u2019s intention to try to deceive America \u2013 we will not allow this");
        assertEquals(QuoteKind.DIRECT, zelensky.kind());
        spokenBy(zelensky, ZELENSKYY, Basis.SURNAME);

        // a word quoted as a word has no speaker to guess
        Candidate ceasefire = find(found, "ceasefire");
        assertEquals(QuoteKind.FRAGMENT, ceasefire.kind());
        assertNull(ceasefire.speaker());
        spokenBy(find(found, "24 hours"), TRUMP, Basis.SURNAME);
    }

    @Test
    void theReferenceArticlesNamesAreLookedUpFullNamesFirst() throws IOException {
        List<String> names = QuoteExtractor.namesToLookUp(article("alaska-summit.txt"));
        assertTrue(names.containsAll(List.of("Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "Marco Rubio",
                "Sergey Lavrov")), names.toString());
        assertFalse(names.contains("Trump"), "covered by Donald Trump");
        assertFalse(names.contains("The"));
        assertTrue(names.indexOf("Donald Trump") < names.indexOf("Alaska"));
    }

    // ---- other quoting styles ------------------------------------------------------------

    @Test
    void straightQuotesWithSurnamesTitlesPronounsAndAPostOnX() {
        KnownPerson scholz = person("Olaf Scholz", "DE", List.of("Chancellor of Germany"));
        KnownPerson tusk = person("Donald Tusk", "PL", List.of("Prime Minister of Poland"));
        String text = """
                German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Berlin on Tuesday.
                "We stand together with Ukraine, today and tomorrow," Scholz told reporters.
                "Europe must spend more on its own defence," the German leader added.
                Tusk called the talks "frank and useful".
                He later wrote on X: "Good meeting in Berlin. Now we need decisions, not words."
                """;
        List<Candidate> found = QuoteExtractor.extract(text, List.of(scholz, tusk), new QuoteExtractor.Options(null, null));
        offsetsHold(text, found);
        assertEquals(4, found.size());

        Candidate together = find(found, "We stand together with Ukraine, today and tomorrow");
        assertEquals(QuoteKind.DIRECT, together.kind());
        spokenBy(together, scholz, Basis.SURNAME);

        Candidate defence = find(found, "Europe must spend more on its own defence");
        spokenBy(defence, scholz, Basis.TITLE);
        assertEquals("the German leader", defence.speaker().mention());

        Candidate frank = find(found, "frank and useful");
        assertEquals(QuoteKind.FRAGMENT, frank.kind());
        spokenBy(frank, tusk, Basis.SURNAME);

        Candidate post = find(found, "Good meeting in Berlin. Now we need decisions, not words.");
        assertEquals(QuoteKind.POST, post.kind());
        assertEquals("X", post.platform());
        spokenBy(post, tusk, Basis.PRONOUN);
    }

    @Test
    void guillemetsWithANestedQuotationAQuestionAndAMoscowTime() {
        KnownPerson peskov = person("Dmitry Peskov", "RU", List.of("Press Secretary of the President of Russia"));
        String text = """
                Kremlin spokesman Dmitry Peskov spoke to journalists on Friday morning.
                \u00abWe have heard the statement \u201cabout red lines\u201d many times,\u00bb Peskov said.
                A journalist asked Peskov: \u00abWill the president travel to Istanbul?\u00bb
                \u00abNo decision has been taken yet,\u00bb he replied at about 11:15 Moscow time.
                """;
        List<Candidate> found = QuoteExtractor.extract(text, List.of(peskov),
                new QuoteExtractor.Options(null, Instant.parse("2025-05-09T09:00:00Z")));
        offsetsHold(text, found);
        assertEquals(3, found.size(), found.toString());

        Candidate nested = find(found, "We have heard the statement \u201cabout red lines\u201d many times");
        assertEquals(QuoteKind.DIRECT, nested.kind());
        spokenBy(nested, peskov, Basis.SURNAME);

        Candidate question = find(found, "Will the president travel to Istanbul?");
        assertEquals(QuoteKind.QUESTION, question.kind());
        assertEquals("journalist", question.speaker().label());
        assertEquals(peskov.id(), question.putTo().id());

        Candidate answer = find(found, "No decision has been taken yet");
        spokenBy(answer, peskov, Basis.PRONOUN);
        assertEquals("at about 11:15 Moscow time", answer.timeText());
        assertEquals("Europe/Moscow", answer.time().zone());
        assertEquals(LocalDate.of(2025, 5, 9), answer.time().date());
        assertEquals(LocalTime.of(11, 15), answer.time().time());
        assertTrue(answer.time().approximate());
    }

    @Test
    void singleCurlyQuotesApostrophesAndAnUnknownSpeaker() {
        KnownPerson lammy = person("David Lammy", "GB", List.of("Foreign Secretary of the United Kingdom"));
        String text = """
                The foreign secretary, David Lammy, said the sanctions would \u2018bite hard\u2019.
                \u2018We will not be intimidated,\u2019 said Jane Roe, a spokeswoman for the campaign.
                Earlier, the prime minister\u2019s office said it was \u2018monitoring the situation closely\u2019.
                """;
        List<Candidate> found = QuoteExtractor.extract(text, List.of(lammy), new QuoteExtractor.Options(null, null));
        offsetsHold(text, found);
        assertEquals(List.of("bite hard", "We will not be intimidated", "monitoring the situation closely"),
                found.stream().map(Candidate::text).toList());

        spokenBy(find(found, "bite hard"), lammy, Basis.NAME);
        assertEquals(QuoteKind.FRAGMENT, find(found, "bite hard").kind());

        Candidate unknown = find(found, "We will not be intimidated");
        assertEquals(QuoteKind.DIRECT, unknown.kind());
        assertNull(unknown.speaker().id());
        assertEquals(Basis.UNRESOLVED, unknown.speaker().basis());
        assertEquals("Jane Roe", unknown.speaker().mention());

        Candidate office = find(found, "monitoring the situation closely");
        assertNull(office.speaker().id(), "no prime minister is known");
    }

    @Test
    void aRussianTextNamesItsSpeakerByAnAlias() {
        String text = "\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 \u041f\u0443\u0442\u0438\u043d"
                + " \u0437\u0430\u044f\u0432\u0438\u043b: \u00ab\u041c\u044b \u0433\u043e\u0442\u043e\u0432\u044b"
                + " \u043a \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u0430\u043c\u00bb.";
        List<Candidate> found = QuoteExtractor.extract(text, SUMMIT, new QuoteExtractor.Options(null, null));
        offsetsHold(text, found);
        assertEquals(1, found.size());
        assertEquals(QuoteKind.DIRECT, found.get(0).kind());
        spokenBy(found.get(0), PUTIN, Basis.ALIAS);
    }

    @Test
    void aQuestionPutByANamedPersonIsHers() {
        KnownPerson cantwell = person("Maria Cantwell", "US", List.of("United States Senator"));
        String text = "Senator Maria Cantwell questioned the envoy for an hour.\n"
                + "\u201cWho authorised the payment?\u201d she asked.\n";
        List<Candidate> found = QuoteExtractor.extract(text, List.of(cantwell), new QuoteExtractor.Options(null, null));
        Candidate question = find(found, "Who authorised the payment?");
        assertEquals(QuoteKind.QUESTION, question.kind());
        spokenBy(question, cantwell, Basis.PRONOUN);
    }

    @Test
    void theUsPresidentIsWhoeverHoldsTheTitle() {
        String text = "The talks ended after three hours.\n"
                + "\u201cWe made a lot of progress today,\u201d the US president told reporters.";
        List<Candidate> found = QuoteExtractor.extract(text, SUMMIT, new QuoteExtractor.Options(null, null));
        spokenBy(find(found, "We made a lot of progress today"), TRUMP, Basis.TITLE);
    }

    @Test
    void anArticleWithoutQuotesHasNoCandidates() {
        String text = "The ministers met for two hours in Geneva. No statement was issued afterwards, and the"
                + " delegations left separately at 4pm.";
        assertTrue(QuoteExtractor.extract(text, SUMMIT, new QuoteExtractor.Options(null, null)).isEmpty());
    }

    @Test
    void anUnclosedQuotationIsNotACandidateUnlessTheNextParagraphReopensIt() {
        String text = "He said \u201cthis will never end.\n\nThe next paragraph starts here.";
        assertTrue(QuoteExtractor.extract(text, SUMMIT, new QuoteExtractor.Options(null, null)).isEmpty());
    }

    // ---- times -----------------------------------------------------------------------------

    @Test
    void aQuotationHasItsSentencesTimeElseTheNearestEarlierInItsParagraphElseTheStampAboveIt() {
        String text = "10:05 BST\n"
                + "At 9.30am BST the talks began. \"We are ready,\" Putin said. The room was quiet."
                + " \"Still ready,\" he said.\n"
                + "\"A new paragraph,\" Putin said.\n"
                + "11:40 BST\n"
                + "\"Under a stamp,\" Putin said. At 11.50am BST he left. \"Leaving now,\" he said at 11.55am BST.";
        List<Candidate> found = QuoteExtractor.extract(text, SUMMIT, new QuoteExtractor.Options(null, null));
        assertEquals(List.of("We are ready", "Still ready", "A new paragraph", "Under a stamp", "Leaving now"),
                found.stream().map(Candidate::text).toList());
        assertEquals(Arrays.asList("At 9.30am BST", "At 9.30am BST", null, "11:40 BST", "at 11.55am BST"),
                found.stream().map(Candidate::timeText).toList());
    }

    @Test
    void timesAreReadWhereTheirZoneCanBeTold() throws IOException {
        String text = article("alaska-summit.txt");
        List<TimeMentions.Mention> times = TimeMentions.find(text, 0, text.length(), "America/Anchorage", PUBLISHED);
        TimeMentions.Mention arrival = times.stream().filter(t -> t.text().contains("10.20am")).findFirst().orElseThrow();
        assertEquals("at approximately 10.20am local time", arrival.text());
        assertEquals(LocalTime.of(10, 20), arrival.time().time());
        assertEquals("America/Anchorage", arrival.time().zone());
        assertEquals(LocalDate.of(2025, 8, 15), arrival.time().date());
        assertTrue(arrival.time().approximate());
        assertEquals(Precision.MINUTE, arrival.time().precision());

        TimeMentions.Mention london = times.stream().filter(t -> t.text().contains("8.30pm")).findFirst().orElseThrow();
        assertEquals("Europe/London", london.time().zone());
        assertEquals(LocalTime.of(20, 30), london.time().time());
        // published at 00:10 BST on 16 August: 8.30pm that day had not come yet, so it is the 15th
        assertEquals(LocalDate.of(2025, 8, 15), london.time().date(), "the day the article means, not after it");
        assertTrue(london.time().date().atTime(london.time().time()).atZone(java.time.ZoneId.of("Europe/London"))
                .toInstant().isBefore(PUBLISHED));

        TimeMentions.Mention landed = times.stream().filter(t -> t.text().contains("10.54am")).findFirst().orElseThrow();
        assertEquals(LocalTime.of(10, 54), landed.time().time(), "a time without a zone is the story's local time");
        assertEquals("America/Anchorage", landed.time().zone());
    }

    @Test
    void aTimeIsNeverPlacedAfterThePublication() {
        Instant published = Instant.parse("2026-02-10T22:30:00Z"); // 00:30 on 11 February in Kyiv
        String text = "He spoke at 11pm Kyiv time and again at 00:15 Kyiv time.";
        List<TimeMentions.Mention> times = TimeMentions.find(text, 0, text.length(), null, published);
        assertEquals(LocalDate.of(2026, 2, 10), times.get(0).time().date());
        assertEquals(LocalDate.of(2026, 2, 11), times.get(1).time().date(), "00:15 had passed by 00:30");
    }

    // ---- speakers: each way the extractor used to get them wrong ------------------------------

    static Candidate only(String text, List<KnownPerson> people, String words) {
        List<Candidate> found = QuoteExtractor.extract(text, people, new QuoteExtractor.Options(null, null));
        offsetsHold(text, found);
        return find(found, words);
    }

    @Test
    void aNameIsLookedUpWithoutTheTitlesAndNationalityBeforeIt() {
        List<String> names = QuoteExtractor.namesToLookUp(
                "Estonian Prime Minister Kadri Tamm met Sir Graham Whitfield. Министр финансов России Андрей Лебедев заявил.");
        assertTrue(names.containsAll(List.of("Kadri Tamm", "Graham Whitfield", "Андрей Лебедев")), names.toString());
    }

    @Test
    void theListenersAreNotTheSpeaker() {
        KnownPerson wojcik = person("Grzegorz Wójcik", "PL", List.of("Chairman"));
        Candidate c = only("\"We will be back,\" Wojcik told the crowd at the gates.", List.of(wojcik),
                "We will be back");
        spokenBy(c, wojcik, Basis.SURNAME);
        Candidate d = only("Asked about it, Kovač told reporters in Zagreb: \"Ministers should talk more.\"",
                List.of(person("Ivana Kovač", "HR", List.of("Prime Minister of Croatia"))), "Ministers should talk more.");
        assertNotNull(d.speaker().id());
    }

    @Test
    void aContinuationHasTheSpeakerAndKindOfTheQuotationItContinues() {
        KnownPerson fernandez = person("Lucía Fernández Muñoz", "ES", List.of("Minister of Housing"));
        String text = "\u201cNobody will lose their home,\u201d Fernández Muñoz told landlords, \u201cand many will keep"
                + " theirs.\u201d \u201cThe law stays.\u201d\n\n\u201cWe prepared for this.\n\n\u201cAnd we are ready.\u201d";
        List<Candidate> found = QuoteExtractor.extract(text, List.of(fernandez), new QuoteExtractor.Options(null, null));
        offsetsHold(text, found);
        for (String words : List.of("Nobody will lose their home", "and many will keep theirs.", "The law stays.",
                "We prepared for this.", "And we are ready.")) {
            Candidate c = find(found, words);
            assertEquals(fernandez.id(), c.speaker().id(), words);
            assertEquals(QuoteKind.DIRECT, c.kind(), words);
        }
    }

    @Test
    void aPronounIsThePersonTheParagraphIsAboutNotTheNearestName() {
        KnownPerson vogel = person("Katrin Vogel", "DE", List.of("Federal Minister of Defence"));
        KnownPerson shevchuk = person("Olena Shevchuk", "UA", List.of("Deputy Minister of Defence of Ukraine"));
        Candidate c = only("Olena Shevchuk thanked Vogel after the speech. She said the systems would go"
                + " \"where the missiles come from.\"", List.of(vogel, shevchuk), "where the missiles come from");
        spokenBy(c, shevchuk, Basis.PRONOUN);
    }

    @Test
    void aRoleIsThePersonWhoHoldsIt() {
        KnownPerson ruiz = person("Alejandro Ruiz Vidal", "ES", List.of("Prime Minister of Spain"));
        KnownPerson other = person("Giulia Ferri", "IT", List.of("Prime Minister of Italy"));
        String text = "The Spanish prime minister backed the law. \u201cThe law is fair,\u201d the prime minister said.";
        assertEquals(List.of(new RoleQuery("prime minister", "ES"), new RoleQuery("prime minister", null)),
                QuoteExtractor.rolesToLookUp(text));
        spokenBy(only(text, List.of(other, ruiz), "The law is fair"), ruiz, Basis.TITLE);
    }

    @Test
    void aNamedPersonsPostIsAPost() {
        KnownPerson babic = person("Tomislav Babić", "HR", List.of("Minister of Foreign Affairs of Croatia"));
        Candidate c = only("Babić replied within the hour. \"Insults? Look at your fans,\" he posted.", List.of(babic),
                "Insults? Look at your fans");
        assertEquals(QuoteKind.POST, c.kind());
        spokenBy(c, babic, Basis.PRONOUN);
    }

    @Test
    void anUnnamedSourceIsDescribedEvenWithAnAsideBeforeTheVerb() {
        String text = "A senior Canadian official, who was not authorized to speak publicly, said they had agreed"
                + " \"about 90 percent of the text.\" \"The rest is hard,\" the official said.";
        List<Candidate> found = QuoteExtractor.extract(text, List.of(), new QuoteExtractor.Options(null, null));
        assertEquals("senior Canadian official", find(found, "about 90 percent of the text").speaker().label());
        assertEquals("senior Canadian official", find(found, "The rest is hard").speaker().label());
    }

    @Test
    void localTimeWithoutAKnownPlaceStaysWords() {
        List<TimeMentions.Mention> times = TimeMentions.find("They met at 3pm local time.", 0, 27, null, PUBLISHED);
        assertEquals(1, times.size());
        assertEquals("at 3pm local time", times.get(0).text());
        assertNull(times.get(0).time());
    }

    /**
     * A text the sentence splitter cannot break (full stops only inside its quotations) is one
     * sentence; each quotation reads it only around itself. Read whole for each of 1,000 quotations,
     * it ran quote-service out of memory: every candidate kept the whole text as its context.
     */
    @Test
    void aTextThatIsOneSentenceIsReadAroundEachQuotationOnly() {
        String text = ("\u201C" + "a. ".repeat(60) + "\u201D ").repeat(1000) + "said Vladimir Putin at 10.20am local time.";
        List<Candidate> found = QuoteExtractor.extract(text, SUMMIT,
                new QuoteExtractor.Options("America/Anchorage", PUBLISHED));
        assertEquals(1000, found.size());
        offsetsHold(text, found);
        for (Candidate c : found) {
            assertTrue(c.context().length() <= c.text().length() + 2 * QuoteExtractor.AROUND + 10,
                    "a context of " + c.context().length() + " characters");
        }
        // the words right after the last quotation still say who spoke and when
        Candidate last = found.get(found.size() - 1);
        spokenBy(last, PUTIN, last.speaker().basis());
        assertEquals("at 10.20am local time", last.timeText());
    }
}
