package org.newsgraph.gateway.live;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.gateway.model.Enums.ChangeKind;
import org.newsgraph.platform.changes.PublishedChange;
import org.newsgraph.platform.changes.RecordType;

@Type("StoryChange")
@Description("A committed change to a story, to one of its events or quotes, or to an entity they refer to."
        + " It names the record, not its content: read the record to see it")
public record StoryChange(
        @NonNull ChangeKind kind,
        @NonNull RecordType recordType,
        @NonNull @Id String id,
        @Description("The record's version after the change") int version,
        @NonNull @Description("The record's state after the change: DRAFT, IN_REVIEW, PUBLISHED or RETRACTED; for"
                + " an entity ACTIVE, ARCHIVED or MERGED") String state,
        @NonNull @Description("Who made the change") String user,
        @NonNull @Description("When it was made") Instant at,
        @NonNull @Description("Give it as `after` to resume after this change") String cursor) {

    static StoryChange of(PublishedChange change, String cursor) {
        return new StoryChange(ChangeKind.valueOf(change.kind().name()), change.recordType(), change.id().toString(),
                (int) change.version(), change.state(), change.user(), change.at(), cursor);
    }
}
