package org.newsgraph.gateway.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.gateway.model.Enums.QuoteKind;
import org.newsgraph.gateway.model.Enums.SpeakerBasis;
import org.newsgraph.gateway.model.Paging.PageInfo;

/** Quote lists, search hits and extraction results. */
public final class QuoteTypes {

    private QuoteTypes() {
    }

    @Type("QuoteConnection")
    public record QuoteConnection(List<QuoteEdge> edges, PageInfo pageInfo,
            @Description("How many there are in all (nested lists only)") Long totalCount) {
    }

    @Type("QuoteEdge")
    public record QuoteEdge(String cursor, Quote node,
            @Description("For searches: the text with the matched words marked") String snippet) {
    }

    @Type("QuoteRevision")
    public record QuoteChange(int revision, java.time.Instant at, String user, Enums.ChangeKind kind,
            Quote snapshot) {
    }

    @Type("Extraction")
    @Description("Candidate quotes found in a pasted article; nothing is stored until they are accepted")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Extraction(List<CandidateItem> candidates, List<TimeMention> times, List<String> notes) {
    }

    @Type("CandidateItem")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CandidateItem(QuoteCandidate candidate,
            @Description("The candidate as a quote input, ready to edit and accept") QuoteDraft draft) {
    }

    @Type("QuoteCandidate")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuoteCandidate(String text, QuoteKind kind, int start, int end, String context, int contextStart,
            int contextEnd, SpeakerGuess speaker, SpeakerGuess putTo, String platform, String timeText,
            SourceTime time) {
    }

    @Type("SpeakerGuess")
    @Description("Who probably said it: an entity id, or a label, or neither (then mention shows the words that may "
            + "name the speaker), how sure (0..1) and why")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SpeakerGuess(@Id String id, String label, String mention, double confidence, SpeakerBasis basis) {
    }

    @Type("TimeMention")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TimeMention(String text, int start, int end, SourceTime time) {
    }

    @Type("QuoteDraft")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuoteDraft(String text, QuoteKind kind, @Id String speakerId, String speakerLabel,
            @Id String putToId, String putToLabel, String platform, @Id String storyId, @Id String eventId,
            String language, String context, SourceTime time) {
    }
}
