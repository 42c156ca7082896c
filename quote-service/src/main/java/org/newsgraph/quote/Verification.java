package org.newsgraph.quote;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A quote's verification: its state and who set it, when and why. Every change is a revision of
 * the quote, so the history keeps each earlier verdict with its editor and note.
 */
@Embeddable
public class Verification {

    @Enumerated(EnumType.STRING)
    @Column(name = "verification", nullable = false, length = 20)
    public VerificationState state = VerificationState.UNVERIFIED;

    @Column(name = "verified_by")
    public String by;

    @Column(name = "verified_at")
    public Instant at;

    @Column(name = "verification_note")
    public String note;
}
