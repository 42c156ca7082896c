package org.newsgraph.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;

/**
 * A "who" of the story: a person, organisation, place or delegation. All kinds share one table
 * so that search, batch lookup and merges treat them alike.
 *
 * <p>A merged record stays, answering with {@code mergedInto}; an archived one stays readable
 * by id. Neither shows in lists or search.
 */
@Entity
@Table(name = "entity")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 20)
@Audited
public abstract class NewsEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(nullable = false)
    public String name;

    @ElementCollection
    @CollectionTable(name = "entity_alias", joinColumns = @JoinColumn(name = "entity_id"))
    @OrderColumn(name = "position")
    public List<Alias> aliases = new ArrayList<>();

    public String description;

    @Column(name = "wikidata_id")
    public String wikidataId;

    @Column(nullable = false)
    public boolean archived;

    @Column(name = "archive_reason")
    public String archiveReason;

    @Column(name = "merged_into")
    public UUID mergedInto;

    @Version
    @Column(nullable = false)
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public abstract EntityKind kind();

    /** Shown in lists and search: neither merged away nor archived. */
    public boolean isActive() {
        return mergedInto == null && !archived;
    }
}
