package org.newsgraph.gateway.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.gateway.model.Enums.EntityKind;
import org.newsgraph.gateway.model.Enums.EventKind;
import org.newsgraph.gateway.model.Enums.Occurrence;
import org.newsgraph.gateway.model.Enums.OrganisationKind;
import org.newsgraph.gateway.model.Enums.ParticipantRole;
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
    public record EntityInput(@NonNull EntityKind kind, @NonNull String name, List<AliasInput> aliases,
            String description, String wikidataId, PersonInput person, OrganisationInput organisation,
            PlaceInput place, DelegationInput delegation) {
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
            List<DelegationMemberInput> members) {
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
            String locationLabel, List<ParticipantInput> participants, List<RelationInput> relations,
            List<SourceInput> sources, String notes) {
    }

    @Input("TimeInput")
    @Description("A time as the source gave it; precision MINUTE or HOUR needs time, DAY/MONTH/YEAR must not have it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimeInput(@NonNull LocalDate date, LocalTime time, @NonNull String zone,
            @NonNull Precision precision, boolean approximate, String offset, LocalDate endDate, LocalTime endTime,
            @Description("ISO-8601, e.g. PT2H45M") String duration) {
    }

    @Input("ParticipantInput")
    public record ParticipantInput(@NonNull @Id String entityId, @NonNull ParticipantRole role) {
    }

    @Input("RelationInput")
    public record RelationInput(@NonNull RelationType type, @NonNull @Id String eventId) {
    }

    @Input("SourceInput")
    public record SourceInput(@NonNull String publication, String url, Instant publishedAt, Instant retrievedAt) {
    }
}
