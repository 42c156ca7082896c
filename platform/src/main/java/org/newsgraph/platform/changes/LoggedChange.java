package org.newsgraph.platform.changes;

import java.util.Optional;

/**
 * A change as the outbox keeps it: what a caller of the stream may get, plus whether a viewer could
 * see its record before the change and can after it.
 */
public record LoggedChange(PublishedChange change, boolean wasPublic, boolean isPublic) {

    public long seq() {
        return change.seq();
    }

    /**
     * The change as a caller sees it. The newsroom (reporters and up) sees every change as it is.
     * A viewer sees only changes to what a viewer may see: a record that becomes visible (a draft
     * published) arrives as a new record, one that stops being visible as deleted, and nothing of
     * a record that stays out of sight.
     */
    public Optional<PublishedChange> seenBy(boolean newsroom) {
        if (newsroom || wasPublic && isPublic) {
            return Optional.of(change);
        }
        if (isPublic) {
            return Optional.of(change.withKind(ChangeKind.CREATED));
        }
        if (wasPublic) {
            return Optional.of(change.withKind(ChangeKind.DELETED));
        }
        return Optional.empty();
    }
}
