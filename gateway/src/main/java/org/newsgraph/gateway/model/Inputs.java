package org.newsgraph.gateway.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.gateway.model.Enums.EntityKind;
import org.newsgraph.gateway.model.Enums.EventKind;
import org.newsgraph.gateway.model.Enums.Occurrence;
import org.newsgraph.gateway.model.Enums.OrganisationKind;
import org.newsgraph.gateway.model.Enums.ParticipantRole;
import org.newsgraph.gateway.model.Enums.QuoteKind;
import org.newsgraph.gateway.model.Enums.RelationType;
import org.newsgraph.platform.time.Precision;

/**
 * The schema's input types. They are sent to the services as they are (same field names), so
 * the services' own checks name the same fields the client wrote.
 */
public final class Inputs {

    private Inputs() {
    }

    @Input("EntityInput")
    @Description("A person, organisation, place or delegation: the common fields and the details block of its kind")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityInput(@NonNull EntityKind kind, @NonNull String name,
            @Nullable List<@NonNull AliasInput> aliases, String description, String wikidataId, PersonInput person,
            OrganisationInput organisation, PlaceInput place, DelegationInput delegation) {
    }

    @Input("AliasInput")
    public record AliasInput(@NonNull String name, String language) {
    }

    @Input("PersonInput")
    public record PersonInput(String nationality, LocalDate birthDate) {
    }

    @Input("OrganisationInput")
    public record OrganisationInput(OrganisationKind organisationKind) {
    }

    @Input("PlaceInput")
    public record PlaceInput(String country, Double latitude, Double longitude, @NonNull String timeZone) {
    }

    @Input("DelegationInput")
    public record DelegationInput(@NonNull @Id String organisationId, @Id String headId,
            @Nullable List<@NonNull DelegationMemberInput> members) {
    }

    @Input("DelegationMemberInput")
    public record DelegationMemberInput(@NonNull @Id String personId, String role) {
    }

    @Input("AffiliationInput")
    public record AffiliationInput(@NonNull @Id String personId, @NonNull @Id String organisationId,
            @NonNull String title, LocalDate validFrom, LocalDate validTo) {
    }

    @Input("StoryInput")
    public record StoryInput(@NonNull String title, @NonNull String slug, String summary) {
    }

    @Input("EventInput")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventInput(@NonNull @Id String storyId, @NonNull String title, String description,
            @NonNull EventKind kind, Occurrence occurrence, @NonNull TimeInput time, @Id String placeId,
            String locationLabel, @Nullable List<@NonNull ParticipantInput> participants,
            @Nullable List<@NonNull RelationInput> relations, @Nullable List<@NonNull SourceInput> sources,
            String notes) {
    }

    @Input("TimeInput")
    @Description("A time as the source gave it; precision MINUTE or HOUR needs time, DAY/MONTH/YEAR must not have it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimeInput(@NonNull LocalDate date, LocalTime time, @NonNull String zone,
            @NonNull Precision precision, Boolean approximate, String offset, LocalDate endDate, LocalTime endTime,
            @Description("ISO-8601, e.g. PT2H45M") String duration) {
    }

    @Input("ParticipantInput")
    public record ParticipantInput(@NonNull @Id String entityId, @NonNull ParticipantRole role) {
    }

    @Input("RelationInput")
    public record RelationInput(@NonNull RelationType type, @NonNull @Id String eventId) {
    }

    @Input("QuoteInput")
    @Description("A quote: its words and kind, and the speaker (an entity) or a speakerLabel when the source names "
            + "nobody; a QUESTION may say whom it was put to, a POST where it was posted")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuoteInput(@NonNull String text, @NonNull QuoteKind kind, @Id String speakerId,
            String speakerLabel, @Id String putToId, String putToLabel, String platform, @Id String storyId,
            @Id String eventId, String language, String originalText, String originalLanguage, String translatedBy,
            String context, @Nullable List<@NonNull String> tags, TimeInput time,
            @Nullable List<@NonNull SourceInput> sources) {
    }

    @Input("ExtractInput")
    @Description("An article's text and where it was published, to find candidate quotes in")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExtractInput(@NonNull String text, String publication, String url, Instant publishedAt,
            @Description("The IANA zone \"local time\" in the text refers to") String localZone, String language) {
    }

    @Input("AcceptInput")
    @Description("Candidates to keep (possibly edited), stored as DRAFT quotes citing the article")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AcceptInput(@NonNull SourceInput source, @Id String storyId, @Id String eventId,
            @NonNull List<@NonNull QuoteInput> quotes) {
    }

    @Input("SourceInput")
    public record SourceInput(@NonNull String publication, String url, Instant publishedAt, Instant retrievedAt) {
    }
}
