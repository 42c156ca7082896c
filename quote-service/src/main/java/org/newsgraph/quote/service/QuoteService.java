package org.newsgraph.quote.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.audit.History;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.paging.Cursor;
import org.newsgraph.platform.paging.Page;
import org.newsgraph.platform.paging.PageRequest;
import org.newsgraph.platform.reference.MovedReferences;
import org.newsgraph.platform.reference.Referrers;
import org.newsgraph.platform.security.CurrentUser;
import org.newsgraph.platform.source.Source;
import org.newsgraph.platform.time.ResolvedTime;
import org.newsgraph.platform.time.TimeRules;
import org.newsgraph.platform.workflow.TransitionRequest;
import org.newsgraph.platform.workflow.Workflow;
import org.newsgraph.platform.workflow.WorkflowState;
import org.newsgraph.quote.Quote;
import org.newsgraph.quote.QuoteKind;
import org.newsgraph.quote.client.EntityServiceClient.EntityRef;
import org.newsgraph.quote.client.EventServiceClient.EventRef;
import org.newsgraph.quote.api.QuoteGroups;
import org.newsgraph.quote.api.QuoteInput;
import org.newsgraph.quote.api.QuoteLookup;
import org.newsgraph.quote.api.QuoteView;
import org.newsgraph.quote.api.QuoteHit;
import org.newsgraph.quote.api.VerificationRequest;
import org.newsgraph.quote.search.QuoteSearch;
import org.newsgraph.quote.search.SearchFilter;

/**
 * The rules for quotes: what a quote must carry, reference checks with the other services,
 * versions, the editorial workflow, verification, and who may see what.
 */
@ApplicationScoped
@Transactional
public class QuoteService {

    /** Most ids one batch call answers. */
    public static final int MAX_BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    References references;

    @Inject
    QuoteSearch quoteSearch;

    @Inject
    QuoteOutbox outbox;

    // ---- reading --------------------------------------------------------------------------

    @Transactional(SUPPORTS)
    public QuoteView get(UUID id) {
        return QuoteViews.of(findVisible(id));
    }

    @Transactional(SUPPORTS)
    public QuoteLookup lookup(List<UUID> ids) {
        requireBatchSize(ids, "ids");
        Map<UUID, Quote> found = em.createQuery("from Quote where id in :ids and state in :states", Quote.class)
                .setParameter("ids", ids).setParameter("states", visibleStates()).getResultStream()
                .collect(Collectors.toMap(q -> q.id, Function.identity()));
        List<QuoteView> quotes = new ArrayList<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            Quote quote = found.get(id);
            if (quote == null) {
                missing.add(id);
            } else {
                quotes.add(QuoteViews.of(quote));
            }
        }
        return new QuoteLookup(quotes, missing);
    }

    /** The parent a batch of quotes is grouped by. */
    public enum Parent {
        SPEAKER("speaker_id", "speakerIds"), EVENT("event_id", "eventIds"), STORY("story_id", "storyIds");

        final String column;
        final String parameter;

        Parent(String column, String parameter) {
            this.column = column;
            this.parameter = parameter;
        }
    }

    /**
     * The newest {@code first} visible quotes of each parent and how many it has, in one query
     * however many parents are asked (the gateway resolves {@code Person.quotes} with it).
     */
    @Transactional(SUPPORTS)
    @SuppressWarnings("unchecked")
    public QuoteGroups groups(Parent parent, List<UUID> ids, int first) {
        requireBatchSize(ids, parent.parameter);
        if (first < 0 || first > 100) {
            throw NewsgraphException.badInput("first", "first must be between 0 and 100");
        }
        List<Object[]> rows = em.createNativeQuery("SELECT id, parent, total FROM ("
                + " SELECT q.id, q." + parent.column + " AS parent,"
                + " count(*) OVER (PARTITION BY q." + parent.column + ") AS total,"
                + " row_number() OVER (PARTITION BY q." + parent.column
                + " ORDER BY q.said_at DESC NULLS LAST, q.id) AS n"
                + " FROM quote q WHERE q." + parent.column + " = ANY(CAST(:ids AS uuid[])) AND q.state IN (:states)) r"
                + " WHERE n <= :first ORDER BY parent, n")
                .setParameter("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter("states", visibleStates().stream().map(Enum::name).toList())
                .setParameter("first", Math.max(first, 1))
                .getResultList();
        Map<UUID, Long> totals = new HashMap<>();
        Map<UUID, List<UUID>> quoteIds = new HashMap<>();
        for (Object[] row : rows) {
            UUID parentId = (UUID) row[1];
            totals.put(parentId, ((Number) row[2]).longValue());
            if (first > 0) {
                quoteIds.computeIfAbsent(parentId, k -> new ArrayList<>()).add((UUID) row[0]);
            }
        }
        Map<UUID, Quote> quotes = load(quoteIds.values().stream().flatMap(List::stream).toList());
        List<QuoteGroups.Group> groups = new LinkedHashSet<>(ids).stream()
                .map(id -> new QuoteGroups.Group(id, totals.getOrDefault(id, 0L),
                        quoteIds.getOrDefault(id, List.of()).stream().map(quotes::get).map(QuoteViews::of).toList()))
                .toList();
        return new QuoteGroups(groups);
    }

    /** Quotes matching words and filters, best first (newest first without words); drafts only for reporters. */
    /** In a (read-only) transaction: the search may set planner options for its own statements. */
    public Page<QuoteHit> search(SearchFilter filter, PageRequest page) {
        int offset = Cursor.position(page.after());
        Set<WorkflowState> states = new LinkedHashSet<>(visibleStates());
        if (filter.states() != null) {
            states.retainAll(filter.states());
        }
        if (states.isEmpty()) {
            return Page.of(List.<QuoteSearch.Hit> of(), page, h -> null, h -> null);
        }
        SearchFilter visible = new SearchFilter(filter.q(), filter.language(), filter.speakerId(), filter.storyId(), filter.eventId(),
                filter.kind(), states, filter.verification(), filter.from(), filter.to());
        List<QuoteSearch.Hit> hits = quoteSearch.search(visible, offset, Cursor.rowsToRead(offset, page.first()));
        Map<UUID, Quote> quotes = load(hits.stream().map(QuoteSearch.Hit::id).toList());
        List<Integer> positions = java.util.stream.IntStream.range(0, hits.size()).boxed().toList();
        return Page.of(positions, page, i -> Cursor.ofPosition(offset + i + 1), i -> {
            QuoteSearch.Hit hit = hits.get(i);
            return new QuoteHit(QuoteViews.of(quotes.get(hit.id())), hit.snippet(), hit.rank());
        });
    }

    /** Per entity, the quotes (drafts too) naming it as speaker or as the one a question was put to. */
    @Transactional(SUPPORTS)
    public Referrers referrers(List<UUID> entityIds) {
        requireBatchSize(entityIds, "entityIds");
        List<UUID[]> pairs = new ArrayList<>();
        for (String role : List.of("speakerId", "putToId")) {
            em.createQuery("select q." + role + ", q.id from Quote q where q." + role + " in :ids order by q.id",
                    Object[].class).setParameter("ids", entityIds).getResultList()
                    .forEach(row -> pairs.add(new UUID[] { (UUID) row[0], (UUID) row[1] }));
        }
        return Referrers.of(entityIds, pairs);
    }

    /** Every change with who and when; a viewer sees only the revisions in which it was public. */
    @Transactional(SUPPORTS)
    public List<Change<QuoteView>> history(UUID id) {
        findVisible(id);
        return Workflow.visibleHistory(History.of(em, Quote.class, id, QuoteViews::of), QuoteView::state,
                user::hasRole);
    }

    // ---- writing --------------------------------------------------------------------------

    public QuoteView create(QuoteInput input) {
        return QuoteViews.of(createAll(List.of(input), "").get(0));
    }

    /**
     * Creates several drafts at once (accepted candidates), all or none; the references of all
     * of them are checked together, one call per service. {@code prefix} names fields
     * ("quotes[2].speakerId").
     */
    public List<Quote> createAll(List<QuoteInput> inputs, String prefix) {
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            checked.add(check(inputs.get(i), null, fieldPrefix(prefix, i, inputs.size())));
        }
        References.Checked refs = lookUp(checked);
        List<Quote> created = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Quote quote = new Quote();
            apply(quote, inputs.get(i), checked.get(i), refs, fieldPrefix(prefix, i, inputs.size()));
            created.add(quote);
        }
        created.forEach(em::persist);
        em.flush();
        created.forEach(outbox::created);
        return created;
    }

    public QuoteView update(UUID id, QuoteInput input) {
        Quote quote = findVisible(id);
        Workflow.checkEdit(quote.state, user::hasRole);
        requireVersion(quote, input.version());
        Checked checked = check(input, quote, "");
        apply(quote, input, checked, lookUp(List.of(checked)), "");
        // what publishing required still holds: a published quote keeps its source, speaker and public parents
        requirePublishable(quote, quote.state, checked.eventId() != null || checked.storyId() != null);
        em.flush();
        outbox.updated(quote);
        return QuoteViews.of(quote);
    }

    public QuoteView transition(UUID id, TransitionRequest request) {
        Quote quote = findVisible(id);
        requireVersion(quote, request.version());
        Workflow.checkMove(quote.state, request.to(), user::hasRole, request.reason());
        if (request.to() == WorkflowState.PUBLISHED) {
            requirePublishable(quote, WorkflowState.PUBLISHED, true);
        }
        WorkflowState before = quote.state;
        quote.state = request.to();
        quote.retractionReason = request.to() == WorkflowState.RETRACTED ? request.reason().strip() : null;
        em.flush();
        outbox.moved(quote, before);
        return QuoteViews.of(quote);
    }

    public QuoteView verify(UUID id, VerificationRequest request) {
        Quote quote = findVisible(id);
        requireVersion(quote, request.version());
        quote.verification.state = request.state();
        quote.verification.note = request.note().strip();
        quote.verification.by = user.username();
        quote.verification.at = Instant.now();
        em.flush();
        outbox.verified(quote);
        return QuoteViews.of(quote);
    }

    public void delete(UUID id) {
        Quote quote = findVisible(id);
        em.remove(quote);
        outbox.deleted(quote);
    }

    /**
     * After entity-service merged records: quotes (drafts too) that name one of them as speaker or as
     * the one a question was put to name its survivor instead, each as an edit by the caller (a new
     * version and a revision in its history). Only what entity-service says now is moved: an id that
     * was not merged moves nothing, so asking again changes nothing.
     */
    public MovedReferences followMerges(List<UUID> entityIds) {
        requireBatchSize(entityIds, "entityIds");
        Map<UUID, UUID> survivors = references.check(entityIds, List.of(), List.of()).entities().merged();
        if (survivors.isEmpty()) {
            return new MovedReferences(0);
        }
        List<Quote> naming = em.createQuery("from Quote q where q.speakerId in :ids or q.putToId in :ids order by q.id",
                Quote.class).setParameter("ids", survivors.keySet()).getResultList();
        for (Quote quote : naming) {
            quote.speakerId = survivors.getOrDefault(quote.speakerId, quote.speakerId);
            if (quote.putToId != null) {
                quote.putToId = survivors.getOrDefault(quote.putToId, quote.putToId);
            }
        }
        em.flush();
        naming.forEach(outbox::updated);
        return new MovedReferences(naming.size());
    }

    // ---- rules ----------------------------------------------------------------------------

    /**
     * What publishing requires, for a quote that is (or is becoming) public: first what it carries,
     * then, if asked, that its story and event are public as the caller sees them now.
     */
    private void requirePublishable(Quote quote, WorkflowState state, boolean checkParents) {
        if (!state.isPublic()) {
            return;
        }
        Workflow.requirePublishable(state, PublishCheck.unmet(quote, References.Parents.unchanged()));
        if (checkParents) {
            Workflow.requirePublishable(state, PublishCheck.unmet(quote,
                    references.parents(quote.eventId, quote.storyId)));
        }
    }

    /** An input's own checks, and the references it needs looked up (only new or changed ones). */
    private record Checked(ResolvedTime time, Set<UUID> entityIds, UUID eventId, UUID storyId) {
    }

    private Checked check(QuoteInput in, Quote existing, String p) {
        if (in.speakerId() != null && in.speakerLabel() != null) {
            throw NewsgraphException.badInput(p + "speakerLabel", "give speakerId or speakerLabel, not both");
        }
        if (in.speakerLabel() != null && in.speakerLabel().isBlank()) {
            throw NewsgraphException.badInput(p + "speakerLabel", "speakerLabel must not be blank");
        }
        if (in.putToId() != null && in.putToLabel() != null) {
            throw NewsgraphException.badInput(p + "putToLabel", "give putToId or putToLabel, not both");
        }
        if ((in.putToId() != null || in.putToLabel() != null) && in.kind() != QuoteKind.QUESTION) {
            throw NewsgraphException.badInput(p + (in.putToId() != null ? "putToId" : "putToLabel"),
                    "only a QUESTION is put to someone");
        }
        boolean hasPlatform = in.platform() != null && !in.platform().isBlank();
        if (in.kind() == QuoteKind.POST && !hasPlatform) {
            throw NewsgraphException.badInput(p + "platform", "a POST needs the platform it was posted on");
        }
        if (in.kind() != QuoteKind.POST && in.platform() != null) {
            throw NewsgraphException.badInput(p + "platform", "only a POST has a platform");
        }
        boolean hasOriginal = in.originalText() != null && !in.originalText().isBlank();
        if (!hasOriginal && in.originalLanguage() != null) {
            throw NewsgraphException.badInput(p + "originalLanguage", "originalLanguage belongs to an originalText");
        }
        if (!hasOriginal && in.translatedBy() != null) {
            throw NewsgraphException.badInput(p + "translatedBy", "a translation needs the originalText it translates");
        }
        List<String> tags = in.tags() == null ? List.of() : in.tags();
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i) == null || tags.get(i).isBlank() || tags.get(i).strip().length() > 50) {
                throw NewsgraphException.badInput(p + "tags[" + i + "]", "a tag is a word or two, at most 50 characters");
            }
        }
        ResolvedTime time = in.time() == null ? null : TimeRules.resolve(in.time(), p + "time");
        Set<UUID> entityIds = new LinkedHashSet<>();
        if (in.speakerId() != null && (existing == null || !in.speakerId().equals(existing.speakerId))) {
            entityIds.add(in.speakerId());
        }
        if (in.putToId() != null && (existing == null || !in.putToId().equals(existing.putToId))) {
            entityIds.add(in.putToId());
        }
        boolean eventChanged = in.eventId() != null && (existing == null || !in.eventId().equals(existing.eventId)
                || in.time() == null && !existing.timeFromEvent);
        boolean storyChanged = in.storyId() != null && (existing == null || !in.storyId().equals(existing.storyId));
        UUID eventId = eventChanged || in.eventId() != null && storyChanged ? in.eventId() : null;
        return new Checked(time, entityIds, eventId, storyChanged ? in.storyId() : null);
    }

    private References.Checked lookUp(List<Checked> all) {
        Set<UUID> entityIds = new LinkedHashSet<>();
        Set<UUID> eventIds = new LinkedHashSet<>();
        Set<UUID> storyIds = new LinkedHashSet<>();
        for (Checked c : all) {
            entityIds.addAll(c.entityIds());
            if (c.eventId() != null) {
                eventIds.add(c.eventId());
            }
            if (c.storyId() != null) {
                storyIds.add(c.storyId());
            }
        }
        return references.check(entityIds, eventIds, storyIds);
    }

    private void apply(Quote quote, QuoteInput in, Checked checked, References.Checked refs, String p) {
        UUID speakerId = in.speakerId();
        if (checked.entityIds().contains(speakerId)) {
            speakerId = requireSpeaker(refs, speakerId, p + "speakerId");
        } else if (speakerId != null) {
            speakerId = quote.speakerId;
        }
        UUID putToId = in.putToId();
        if (checked.entityIds().contains(putToId)) {
            putToId = requireSpeaker(refs, putToId, p + "putToId");
        } else if (putToId != null) {
            putToId = quote.putToId;
        }
        UUID storyId = in.storyId();
        EventRef event = null;
        if (checked.eventId() != null) {
            if (refs.events().isMissing(checked.eventId())) {
                throw NewsgraphException.badInput(p + "eventId", "no event with id " + checked.eventId()
                        + " (or it is a draft you may not see)");
            }
            event = refs.events().get(checked.eventId());
            if (storyId == null) {
                storyId = event.storyId();
            } else if (!storyId.equals(event.storyId())) {
                throw NewsgraphException.badInput(p + "eventId", "event " + event.id() + " belongs to story "
                        + event.storyId() + ", not to story " + storyId);
            }
        }
        if (checked.storyId() != null && refs.missingStories().contains(checked.storyId())) {
            throw NewsgraphException.badInput(p + "storyId", "no story with id " + checked.storyId()
                    + " (or it is a draft you may not see)");
        }
        if (in.eventId() != null && storyId == null) {
            storyId = quote.storyId;
        }

        quote.text = in.text().strip();
        quote.kind = in.kind();
        quote.speakerId = speakerId;
        quote.speakerLabel = blankToNull(in.speakerLabel());
        quote.putToId = putToId;
        quote.putToLabel = blankToNull(in.putToLabel());
        quote.platform = blankToNull(in.platform());
        quote.storyId = storyId;
        quote.eventId = in.eventId();
        quote.language = in.language();
        quote.originalText = blankToNull(in.originalText());
        quote.originalLanguage = in.originalLanguage();
        quote.translatedBy = blankToNull(in.translatedBy());
        quote.context = blankToNull(in.context());
        quote.tags = in.tags() == null ? new String[0]
                : in.tags().stream().map(String::strip).distinct().toArray(String[]::new);
        if (checked.time() != null) {
            quote.setTime(checked.time().reported());
            quote.timeFromEvent = false;
        } else if (event != null && event.time() != null) {
            // a quote with no time of its own was said when its event happened
            quote.setTime(event.time().reported());
            quote.timeFromEvent = true;
        } else if (in.eventId() == null || !quote.timeFromEvent) {
            quote.setTime(null);
            quote.timeFromEvent = false;
        }
        List<Source> sources = in.sources() == null ? List.of() : in.sources().stream().map(s -> {
            Source copy = s.copy();
            copy.publication = s.publication.strip();
            copy.retrievedAt = s.retrievedAt == null ? Instant.now() : s.retrievedAt;
            return copy;
        }).toList();
        if (!quote.sources.equals(sources)) {
            quote.sources.clear();
            quote.sources.addAll(sources);
        }
        quote.saidAt = saidAt(quote);
    }

    private static Instant saidAt(Quote quote) {
        if (quote.time() != null) {
            return TimeRules.resolve(quote.time(), "time").start();
        }
        return quote.sources.stream().map(s -> s.publishedAt).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static UUID requireSpeaker(References.Checked refs, UUID id, String field) {
        if (refs.entities().isMissing(id)) {
            throw NewsgraphException.badInput(field, "no entity with id " + id);
        }
        // a merged id resolves to its survivor, which is what is stored
        EntityRef entity = refs.entities().get(id);
        if ("PLACE".equals(entity.kind())) {
            throw NewsgraphException.badInput(field, "entity " + id + " is a place; a speaker is a person, an"
                    + " organisation or a delegation");
        }
        return entity.id();
    }

    private static String fieldPrefix(String prefix, int index, int size) {
        return prefix.isEmpty() ? "" : prefix + "[" + index + "].";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ---- internals ------------------------------------------------------------------------

    private Set<WorkflowState> visibleStates() {
        return Workflow.visibleStates(user::hasRole);
    }

    /** 404 for a quote that does not exist and for a draft a viewer may not see alike. */
    private Quote findVisible(UUID id) {
        Quote quote = em.find(Quote.class, id);
        if (quote == null || !Workflow.isVisible(quote.state, user::hasRole)) {
            throw NewsgraphException.notFound("Quote", id);
        }
        return quote;
    }

    private Map<UUID, Quote> load(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // their sources in the same query: a page of quotes is one round trip, not one per batch of sources;
        // read-only, as they are only shown: no snapshot kept and none compared when the transaction ends
        return em.createQuery("select distinct q from Quote q left join fetch q.sources where q.id in :ids", Quote.class)
                .setParameter("ids", ids).setHint(HibernateHints.HINT_READ_ONLY, true).getResultStream()
                .collect(Collectors.toMap(q -> q.id, Function.identity(), (a, b) -> a));
    }

    private static void requireBatchSize(List<UUID> ids, String field) {
        if (ids.isEmpty()) {
            throw NewsgraphException.badInput(field, "give at least one id");
        }
        if (ids.size() > MAX_BATCH) {
            throw NewsgraphException.badInput(field, "at most " + MAX_BATCH + " ids per call");
        }
    }

    private static void requireVersion(Quote quote, Long version) {
        if (version == null) {
            throw NewsgraphException.badInput("version", "version is required: send the version your edit is based on");
        }
        if (version != quote.version) {
            throw NewsgraphException.staleVersion("Quote", quote.id, version, quote.version);
        }
    }
}
