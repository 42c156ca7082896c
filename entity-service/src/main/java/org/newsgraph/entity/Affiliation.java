package org.newsgraph.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;

/**
 * A person's title at an organisation for a span of dates (either end may be open). A person's
 * current titles are the affiliations whose span contains today.
 */
@Entity
@Table(name = "affiliation")
@Audited
public class Affiliation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public String title;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Version
    @Column(nullable = false)
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;


    /**
     * The most affiliations a person holds that have not ended (current, or begun later): every read of a
     * person carries their current titles, so a person built to hold thousands would make each read of them
     * thousands of rows. A title that ended ({@code validTo}) makes room; deleting is an admin's.
     */
    public static final int MOST_NOT_ENDED = 50;

    /** {@link #notEndedOn} in a query, for an affiliation {@code a} and the day {@code :today}. */
    public static final String NOT_ENDED = "(a.validTo is null or a.validTo >= :today)";

    /** {@link #isCurrentOn} in a query, for an affiliation {@code a} and the day {@code :today}. */
    public static final String CURRENT = "(a.validFrom is null or a.validFrom <= :today) and " + NOT_ENDED;

    /** Whether an affiliation that ends on {@code validTo} (null: open) has not ended on {@code day}. */
    public static boolean notEndedOn(LocalDate validTo, LocalDate day) {
        return validTo == null || !validTo.isBefore(day);
    }

    public boolean isCurrentOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && notEndedOn(validTo, day);
    }
}
