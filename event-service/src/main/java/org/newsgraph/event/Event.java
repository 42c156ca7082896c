package org.newsgraph.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.newsgraph.platform.source.Source;
import org.newsgraph.platform.workflow.WorkflowState;

/**
 * Something that happened, or was planned, in a story: when (as the source said it), where,
 * who took part and how, how it relates to other events, and where we know it from.
 */
@Entity
@Table(name = "event")
@Audited
public class Event extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "story_id", nullable = false, updatable = false)
    public UUID storyId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Occurrence occurrence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public WorkflowState state = WorkflowState.DRAFT;

    @Column(name = "retraction_reason")
    public String retractionReason;

    @Embedded
    public EventTime time;

    /** A place from entity-service. */
    @Column(name = "place_id")
    public UUID placeId;

    /** Where, in words, when no place record says it ("on the tarmac"). */
    @Column(name = "location_label")
    public String locationLabel;

    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<Participant> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_relation", joinColumns = @JoinColumn(name = "from_event_id"))
    @OrderColumn(name = "position")
    public List<EventRelation> relations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<Source> sources = new ArrayList<>();

    /** Notes for the newsroom, not for readers. */
    public String notes;

    /**
     * The place among events of the story with the same sort key and precision, by their relations
     * (service.TieOrder); written by TimelineOrder only, and not history: it follows from the rest.
     */
    @NotAudited
    @Column(name = "tie_rank", insertable = false, updatable = false)
    public int tieRank;

    @Version
    @Column(nullable = false)
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
