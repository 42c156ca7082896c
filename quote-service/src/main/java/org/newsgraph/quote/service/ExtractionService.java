package org.newsgraph.quote.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.source.Source;
import org.newsgraph.quote.Quote;
import org.newsgraph.quote.QuoteKind;
import org.newsgraph.quote.api.AcceptRequest;
import org.newsgraph.quote.api.ExtractRequest;
import org.newsgraph.quote.api.Extraction;
import org.newsgraph.quote.api.QuoteInput;
import org.newsgraph.quote.api.QuoteView;
import org.newsgraph.quote.client.EntityServiceClient.Alias;
import org.newsgraph.quote.client.EntityServiceClient.Affiliation;
import org.newsgraph.quote.client.EntityServiceClient.EntityRef;
import org.newsgraph.quote.client.EntityServiceClient.RoleHolder;
import org.newsgraph.quote.extract.Candidate;
import org.newsgraph.quote.extract.KnownPerson;
import org.newsgraph.quote.extract.QuoteExtractor;
import org.newsgraph.quote.extract.RoleQuery;
import org.newsgraph.quote.extract.TimeMentions;

/**
 * Pasted article → candidates (the names in it looked up in entity-service, and in one more call
 * who holds the roles it describes; then the pure extractor), and accepted candidates → drafts.
 */
@ApplicationScoped
public class ExtractionService {

    private static final Logger LOG = Logger.getLogger(ExtractionService.class);
    private static final int PEOPLE_PER_NAME = 5;
    /** entity-service answers up to 20 roles per call. */
    private static final int MAX_ROLES = 20;
    /**
     * The longest passage without a sentence break that extraction reads. An article's sentences
     * are far shorter; thousands of words without one (a pasted word list, or "at at at ...") would
     * send the extractor's patterns into recursion that ends in a stack overflow.
     */
    static final int LONGEST_PASSAGE = 2_000;
    /**
     * The most quotations one text may hold. A day's live blog holds a few hundred; the heuristics
     * that find a quotation's speaker look back through the text, so a text of many thousands
     * (5,000 in 200,000 characters) held a thread for seconds per request (docs/measurements.md).
     */
    static final int MOST_QUOTATIONS = 1_000;
    /** Full stop, question and exclamation marks, colon, semicolon, ellipsis, and their CJK forms. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?;:\u2026\u3002\uff01\uff1f]");

    @Inject
    References references;

    @Inject
    QuoteService quotes;

    public Extraction extract(ExtractRequest request) {
        requireArticleText(request.text());
        List<String> notes = new ArrayList<>();
        Map<UUID, KnownPerson> people = new LinkedHashMap<>();
        try {
            for (String name : QuoteExtractor.namesToLookUp(request.text())) {
                for (EntityRef entity : references.searchPeople(name, PEOPLE_PER_NAME)) {
                    people.putIfAbsent(entity.id(), person(entity, List.of()));
                }
            }
            List<RoleQuery> roles = QuoteExtractor.rolesToLookUp(request.text());
            if (!roles.isEmpty()) {
                // one call for every role the article describes ("the Spanish prime minister")
                Map<UUID, List<KnownPerson.Role>> held = new LinkedHashMap<>();
                Map<UUID, EntityRef> holders = new LinkedHashMap<>();
                for (RoleHolder holder : references.roleHolders(roles.stream().limit(MAX_ROLES)
                        .map(r -> r.country() == null ? r.role() : r.role() + "@" + r.country()).toList())) {
                    holders.putIfAbsent(holder.person().id(), holder.person());
                    held.computeIfAbsent(holder.person().id(), id -> new ArrayList<>())
                            .add(new KnownPerson.Role(holder.title(), holder.organisation()));
                }
                holders.forEach((id, entity) -> people.merge(id, person(entity, held.get(id)),
                        (named, holder) -> holder));
            }
        } catch (RuntimeException e) {
            // extraction stores nothing, so it degrades instead of failing: the candidates are still worth having
            LOG.warnf("entity-service could not be searched: %s", e.toString());
            notes.add("entity-service could not be reached: speakers are guessed from the text only, not"
                    + " resolved to people");
            people.clear();
        }
        QuoteExtractor.Options options = new QuoteExtractor.Options(request.localZone(), request.publishedAt());
        List<Candidate> candidates = QuoteExtractor.extract(request.text(), List.copyOf(people.values()), options);
        if (candidates.isEmpty()) {
            notes.add("no quotation marks found: paraphrases and statements are not extracted");
        }
        Source source = request.publication() == null || request.publication().isBlank() ? null
                : new Source(request.publication().strip(), request.url(), request.publishedAt(), null);
        List<Extraction.Item> items = candidates.stream()
                .map(c -> new Extraction.Item(c, draft(c, source, request.language()))).toList();
        List<TimeMentions.Mention> times = TimeMentions.find(request.text(), 0, request.text().length(),
                request.localZone(), request.publishedAt());
        return new Extraction(items, times, notes);
    }

    /** Stores accepted candidates as drafts, all or none, each citing the article unless it names its own sources. */
    public List<QuoteView> accept(AcceptRequest request) {
        Instant now = Instant.now();
        List<QuoteInput> inputs = request.quotes().stream().map(q -> new QuoteInput(q.text(), q.kind(), q.speakerId(),
                q.speakerLabel(), q.putToId(), q.putToLabel(), q.platform(),
                q.storyId() != null || q.eventId() != null ? q.storyId() : request.storyId(),
                q.eventId() != null || q.storyId() != null ? q.eventId() : request.eventId(), q.language(),
                q.originalText(), q.originalLanguage(), q.translatedBy(), q.context(), q.tags(), q.time(),
                q.sources() == null || q.sources().isEmpty()
                        ? List.of(new Source(request.source().publication, request.source().url,
                                request.source().publishedAt,
                                request.source().retrievedAt == null ? now : request.source().retrievedAt))
                        : q.sources(),
                null)).toList();
        List<Quote> created = quotes.createAll(inputs, "quotes");
        return created.stream().map(QuoteViews::of).toList();
    }

    private static QuoteInput draft(Candidate c, Source source, String language) {
        Candidate.SpeakerGuess speaker = c.speaker();
        Candidate.SpeakerGuess putTo = c.putTo();
        return new QuoteInput(c.text(), c.kind(), speaker == null ? null : speaker.id(),
                speaker == null || speaker.id() != null ? null : speaker.label(),
                putTo == null ? null : putTo.id(), putTo == null || putTo.id() != null ? null : putTo.label(),
                c.kind() == QuoteKind.POST ? c.platform() : null, null, null, language, null, null, null,
                c.context(), null, c.time(), source == null ? null : List.of(source), null);
    }

    /** A person as the extractor knows them: current titles, with their organisations where a role look-up gave them. */
    private static KnownPerson person(EntityRef entity, List<KnownPerson.Role> held) {
        List<KnownPerson.Role> roles = new ArrayList<>(held);
        if (entity.currentAffiliations() != null) {
            entity.currentAffiliations().stream().map(Affiliation::title)
                    .filter(title -> roles.stream().noneMatch(r -> r.title().equals(title)))
                    .forEach(title -> roles.add(new KnownPerson.Role(title, null)));
        }
        return new KnownPerson(entity.id(), entity.name(),
                entity.aliases() == null ? List.of() : entity.aliases().stream().map(Alias::name).toList(), roles,
                entity.person() == null ? null : entity.person().nationality());
    }

    /**
     * 400 naming {@code text} for pasted text that has a passage longer than {@link #LONGEST_PASSAGE}
     * or more than {@link #MOST_QUOTATIONS} quotations.
     */
    static void requireArticleText(String text) {
        requireShortPassages(text);
        if (QuoteExtractor.quotations(text) > MOST_QUOTATIONS) {
            throw NewsgraphException.badInput("text", "the text has more than " + MOST_QUOTATIONS
                    + " quotations: extract it in parts");
        }
    }

    private static void requireShortPassages(String text) {
        int start = 0;
        Matcher breaks = SENTENCE_BREAK.matcher(text);
        while (true) {
            int end = breaks.find() ? breaks.start() : text.length();
            if (end - start > LONGEST_PASSAGE) {
                throw NewsgraphException.badInput("text", "the text has a passage of more than " + LONGEST_PASSAGE
                        + " characters without a full stop (from character " + start + "): paste an article's text");
            }
            if (end == text.length()) {
                return;
            }
            start = end + 1;
        }
    }
}
