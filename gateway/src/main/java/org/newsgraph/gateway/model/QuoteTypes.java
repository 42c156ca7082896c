package org.newsgraph.gateway.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.gateway.model.Enums.QuoteKind;
import org.newsgraph.gateway.model.Enums.SpeakerBasis;

/** Extraction results: candidate quotes found in an article. */
public final class QuoteTypes {

    private QuoteTypes() {
    }

    @Type("Extraction")
    @Description("Candidate quotes found in a pasted article; nothing is stored until they are accepted")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Extraction(@NonNull List<@NonNull CandidateItem> candidates,
            @NonNull List<@NonNull TimeMention> times, @NonNull List<@NonNull String> notes) {

        public Extraction {
            candidates = candidates == null ? List.of() : candidates;
            times = times == null ? List.of() : times;
            notes = notes == null ? List.of() : notes;
        }
    }

    @Type("CandidateItem")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CandidateItem(@NonNull QuoteCandidate candidate,
            @NonNull @Description("The candidate as a quote input, ready to edit and accept") QuoteDraft draft) {
    }

    @Type("QuoteCandidate")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuoteCandidate(@NonNull String text, @NonNull QuoteKind kind, int start, int end, String context,
            int contextStart, int contextEnd, SpeakerGuess speaker, SpeakerGuess putTo, String platform,
            String timeText, SourceTime time) {
    }

    @Type("SpeakerGuess")
    @Description("Who probably said it: an entity, or a label, or neither (then mention shows the words that may "
            + "name the speaker), how sure (0..1) and why")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SpeakerGuess(@JsonProperty("id") @Name("entityId") @Id String entityId, String label,
            String mention, double confidence, SpeakerBasis basis) {
    }

    @Type("TimeMention")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TimeMention(@NonNull String text, int start, int end, SourceTime time) {
    }

    @Type("QuoteDraft")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuoteDraft(@NonNull String text, @NonNull QuoteKind kind, @Id String speakerId, String speakerLabel,
            @Id String putToId, String putToLabel, String platform, @Id String storyId, @Id String eventId,
            String language, String context, SourceTime time) {
    }
}
