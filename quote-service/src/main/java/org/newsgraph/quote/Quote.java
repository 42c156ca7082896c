package org.newsgraph.quote;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.newsgraph.platform.source.Source;
import org.newsgraph.platform.time.Precision;
import org.newsgraph.platform.time.ReportedTime;
import org.newsgraph.platform.workflow.WorkflowState;

/**
 * Who said what: the exact words, the speaker (an entity id, or a label such as "reporters"
 * when the source names nobody), where and when it was said, the sources that report it, its
 * place in the editorial workflow and its verification.
 */
@Entity
@Table(name = "quote")
@Audited
public class Quote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public QuoteKind kind;

    @Column(name = "speaker_id")
    public UUID speakerId;

    @Column(name = "speaker_label")
    public String speakerLabel;

    /** For a question: whom it was put to. */
    @Column(name = "put_to_id")
    public UUID putToId;

    @Column(name = "put_to_label")
    public String putToLabel;

    /** For a post: where it was posted ("Truth Social"). */
    public String platform;

    @Column(name = "story_id")
    public UUID storyId;

    @Column(name = "event_id")
    public UUID eventId;

    /** The language of {@link #text} (a tag such as en or ru); chooses the search dictionary. */
    public String language;

    /** The words as first spoken when {@link #text} is a translation. */
    @Column(name = "original_text")
    public String originalText;

    @Column(name = "original_language")
    public String originalLanguage;

    @Column(name = "translated_by")
    public String translatedBy;

    /** The sentence around the words in the source. */
    public String context;

    @Column(name = "tags", nullable = false)
    public String[] tags = new String[0];

    @Column(name = "said_date")
    public LocalDate saidDate;

    @Column(name = "said_time")
    public LocalTime saidTime;

    @Column(name = "said_zone")
    public String saidZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "said_precision", length = 10)
    public Precision saidPrecision;

    @Column(name = "said_approximate", nullable = false)
    public boolean saidApproximate;

    @Column(name = "said_offset")
    public String saidOffset;

    @Column(name = "said_end_date")
    public LocalDate saidEndDate;

    @Column(name = "said_end_time")
    public LocalTime saidEndTime;

    /** Seconds. */
    @Column(name = "said_duration")
    public Long saidDuration;

    /** The time was not given for the quote but taken from its event. */
    @Column(name = "time_from_event", nullable = false)
    public boolean timeFromEvent;

    /** For date filters and ordering: when it was said, or failing that when the first source published it. */
    @Column(name = "said_at")
    public Instant saidAt;

    @ElementCollection
    @CollectionTable(name = "quote_source", joinColumns = @JoinColumn(name = "quote_id"))
    @OrderColumn(name = "position")
    public List<Source> sources = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public WorkflowState state = WorkflowState.DRAFT;

    @Column(name = "retraction_reason")
    public String retractionReason;

    @Embedded
    public Verification verification = new Verification();

    @Version
    @Column(nullable = false)
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public ReportedTime time() {
        if (saidPrecision == null) {
            return null;
        }
        return new ReportedTime(saidDate, saidTime, saidZone, saidPrecision, saidApproximate, saidOffset,
                saidEndDate, saidEndTime, saidDuration == null ? null : Duration.ofSeconds(saidDuration));
    }

    public void setTime(ReportedTime time) {
        saidDate = time == null ? null : time.date();
        saidTime = time == null ? null : time.time();
        saidZone = time == null ? null : time.zone();
        saidPrecision = time == null ? null : time.precision();
        saidApproximate = time != null && time.approximate();
        saidOffset = time == null ? null : time.offset();
        saidEndDate = time == null ? null : time.endDate();
        saidEndTime = time == null ? null : time.endTime();
        saidDuration = time == null || time.duration() == null ? null : time.duration().toSeconds();
    }
}
