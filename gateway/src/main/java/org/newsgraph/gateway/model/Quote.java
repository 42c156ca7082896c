package org.newsgraph.gateway.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.gateway.model.Enums.QuoteKind;
import org.newsgraph.gateway.model.Enums.VerificationState;
import org.newsgraph.platform.workflow.WorkflowState;

@Type("Quote")
@Description("Who said what: the words, the speaker (or a label when the source names nobody), where, when and "
        + "from which source, with its verification")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Quote(
        @NonNull @Id String id,
        @NonNull String text,
        @NonNull QuoteKind kind,
        @Id String speakerId,
        @Description("Who spoke when the source names nobody (\"reporters\")") String speakerLabel,
        @Id String putToId,
        String putToLabel,
        @Description("For a POST: where it was posted (\"Truth Social\")") String platform,
        @Id String storyId,
        @Id String eventId,
        String language,
        String originalText,
        String originalLanguage,
        String translatedBy,
        @Description("The sentence around it") String context,
        @NonNull List<@NonNull String> tags,
        @Description("When it was said, as the source gave it (or the event's time)") SourceTime time,
        boolean timeFromEvent,
        @NonNull List<@NonNull Citation> sources,
        @NonNull WorkflowState state,
        String retractionReason,
        @NonNull Verification verification,
        int version,
        Instant createdAt,
        Instant updatedAt) implements Node {

    public Quote {
        tags = tags == null ? List.of() : tags;
        sources = sources == null ? List.of() : sources;
        verification = verification == null ? new Verification(VerificationState.UNVERIFIED, null, null, null)
                : verification;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }

    @Type("Verification")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verification(@NonNull VerificationState state, String by, Instant at, String note) {
    }
}
