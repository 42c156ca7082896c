package org.newsgraph.gateway.graph;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.gateway.client.Events;
import org.newsgraph.gateway.client.Quotes;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.gateway.live.CursorFirst;
import org.newsgraph.gateway.model.Revisions.StoryRevision;
import org.newsgraph.gateway.model.Revisions.StorySnapshot;
import org.newsgraph.gateway.model.Connections.EventConnection;
import org.newsgraph.gateway.model.Connections.QuoteConnection;
import org.newsgraph.gateway.model.Connections.StoryConnection;
import org.newsgraph.gateway.model.Enums.EventKind;
import org.newsgraph.gateway.model.Enums.Occurrence;
import org.newsgraph.gateway.model.Inputs.StoryInput;
import org.newsgraph.gateway.model.Story;
import org.newsgraph.gateway.model.TimelineFilter;
import org.newsgraph.platform.security.Roles;
import org.newsgraph.platform.workflow.WorkflowState;

/** Stories: finding them, their timeline, quotes and history, and changing them. */
@GraphQLApi
public class StoryGraph {

    @Inject
    Caller caller;

    @Inject
    QueryBudget budget;

    @Inject
    Events events;

    @Inject
    Quotes quotes;

    @Inject
    Context context;

    @Inject
    CursorFirst cursorFirst;

    @Query
    @Description("A story by id or by slug")
    public Uni<Story> story(@Id String id, String slug) {
        // the selection set is read now, while this field's context is the current one
        List<SelectedField> below = context.unwrap(DataFetchingEnvironment.class).getSelectionSet().getImmediateFields();
        return caller.check(Roles.VIEWER).invoke(reader -> {
            if ((id == null) == (slug == null)) {
                throw new GraphError.BadUserInput("give either id or slug", "id");
            }
            // the cursor before the story and its timeline: see CursorFirst
            if (below.stream().anyMatch(field -> field.getName().equals("changeCursor"))) {
                cursorFirst.start(reader);
            }
        }).chain(() -> cursorFirst.then(() -> {
            String storyId = id != null ? GivenIds.of(id, "id") : null;
            loadTimelinesAsked(storyId != null ? storyId : events.knownStoryId(slug), below);
            return storyId != null ? events.story(storyId) : events.storyBySlug(slug);
        }));
    }

    @Query
    @Description("Stories the caller may see, newest first")
    public Uni<StoryConnection> stories(Integer first, String after) {
        return caller.check(Roles.VIEWER).chain(() -> events.stories(first, after));
    }

    @Query
    @Description("A story and its timeline as they were at a past instant")
    public Uni<StorySnapshot> storyAsOf(@NonNull @Id String id, @NonNull Instant at, String zone) {
        // the zone is the reader's, for the times below: checked here, shown by them
        return caller.check(Roles.VIEWER).invoke(() -> Times.zone(zone))
                .chain(() -> events.asOf(GivenIds.of(id, "id"), at));
    }

    @Description("The story's events in time order, filtered like the root timeline (times shown in zone if "
            + "given)")
    public Uni<List<EventConnection>> timeline(@Source List<Story> stories, String from, String to, String zone,
            @Nullable List<@NonNull EventKind> kinds, @Id String participantId, Occurrence occurrence,
            WorkflowState state, Integer first, String after) {
        return budget.pages(stories.size(), first, () -> cursorFirst.then(() -> events.timelines(stories, Story::id,
                new TimelineFilter(from, to, kinds, participantId, occurrence, state), zone, first, after)));
    }

    @Description("The quotes of this story")
    public Uni<List<QuoteConnection>> quotes(@Source List<Story> stories, Integer first, String after) {
        return budget.pages(stories.size(), first,
                () -> cursorFirst.then(() -> quotes.of(Quotes.Parent.STORY, stories, Story::id, first, after)));
    }

    @Nullable
    @Description("Every change to this story")
    public Uni<List<@NonNull StoryRevision>> history(@Source Story story) {
        return budget.history(() -> cursorFirst.then(() -> events.storyHistory(story.id())));
    }

    @Mutation
    @Description("Open a story, as a draft (reporter)")
    public Uni<Story> createStory(@NonNull StoryInput input) {
        return caller.check(Roles.REPORTER).chain(() -> events.createStory(input));
    }

    @Mutation
    @Description("Edit a story; version is the one the edit is based on (reporter)")
    public Uni<Story> updateStory(@NonNull @Id String id, int version, @NonNull StoryInput input) {
        return caller.check(Roles.REPORTER).chain(() -> events.updateStory(id, version, input));
    }

    @Mutation
    @Description("Move a story in the workflow: IN_REVIEW (reporter), PUBLISHED, RETRACTED with a reason (editor)")
    public Uni<Story> moveStory(@NonNull @Id String id, @NonNull WorkflowState to, int version, String reason) {
        return caller.check(Roles.REPORTER).chain(() -> events.moveStory(id, to, version, reason));
    }

    @Mutation
    @Description("Delete a story for good; refused while it has events (admin)")
    @NonNull
    public Uni<Boolean> deleteStory(@NonNull @Id String id) {
        return caller.check(Roles.ADMIN).chain(() -> events.deleteStory(id));
    }

    /**
     * Starts loading the pages of {@code timeline} asked below {@code story} together with the
     * story, rather than once it has come: a timeline needs only the story's id, which the query
     * gives, or which an earlier read by the same slug gave (the story page's address is its slug).
     * {@code Story.timeline} then finds its page loaded (or loading) for the same arguments (the
     * request's loader keeps it, by story id); if the story cannot be read, or the slug now names
     * another story, the page is never used. This saves one call's time on the commonest query, a
     * story with its timeline. (With the story's changeCursor asked, both wait for the cursor.)
     */
    private void loadTimelinesAsked(String storyId, List<SelectedField> below) {
        if (storyId == null) {
            return;
        }
        for (SelectedField field : below) {
            if (field.getName().equals("timeline")) {
                Map<String, Object> asked = field.getArguments();
                events.timelines(List.of(storyId), id -> id, new TimelineFilter((String) asked.get("from"),
                        (String) asked.get("to"), kinds(asked.get("kinds")),
                        (String) asked.get("participantId"), named(Occurrence.class, asked.get("occurrence")),
                        named(WorkflowState.class, asked.get("state"))), (String) asked.get("zone"),
                        (Integer) asked.get("first"), (String) asked.get("after"))
                        // its failure, if any, is Story.timeline's to report
                        .subscribe().with(pages -> { }, failure -> { });
            }
        }
    }

    /** An enum argument as the selection set gives it (its name). */
    private static <E extends Enum<E>> E named(Class<E> type, Object value) {
        return value == null ? null : Enum.valueOf(type, value.toString());
    }

    private static List<EventKind> kinds(Object value) {
        return value == null ? null : ((List<?>) value).stream().map(kind -> named(EventKind.class, kind)).toList();
    }
}
