package org.newsgraph.event;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.newsgraph.platform.workflow.WorkflowState;

/** A named dossier ("Alaska summit 2025") that a timeline of events belongs to. */
@Entity
@Table(name = "story")
@Audited
public class Story extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, unique = true)
    public String slug;

    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public WorkflowState state = WorkflowState.DRAFT;

    @Column(name = "retraction_reason")
    public String retractionReason;

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
