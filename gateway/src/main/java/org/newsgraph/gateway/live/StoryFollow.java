package org.newsgraph.gateway.live;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.newsgraph.platform.changes.ChangeKind;
import org.newsgraph.platform.changes.PublishedChange;

/**
 * One subscription to a story: where it stands in each service's stream, and which entities the
 * story's records (as the subscriber may see them) refer to, so that an entity's change reaches the
 * stories that refer to it and no other. Fed one change at a time, in each stream's order.
 */
final class StoryFollow {

    private Positions positions;
    /** For each event and quote of the story, the entities it refers to. */
    private final Map<UUID, List<UUID>> references;

    StoryFollow(Positions from, Map<UUID, List<UUID>> references) {
        this.positions = from;
        this.references = new HashMap<>(references);
    }

    Positions positions() {
        return positions;
    }

    /** The change as the subscriber gets it, with the cursor to resume after it; empty if it is not for this story. */
    Optional<StoryChange> accept(ChangeStreams.Feed feed, PublishedChange change) {
        positions = positions.with(feed, change.seq());
        switch (change.recordType()) {
            case EVENT, QUOTE -> {
                if (change.kind() == ChangeKind.DELETED) {
                    references.remove(change.id());
                } else {
                    references.put(change.id(), change.references());
                }
            }
            case ENTITY -> {
                if (references.values().stream().noneMatch(ids -> ids.contains(change.id()))) {
                    return Optional.empty();
                }
            }
            case STORY -> {
                // the story itself: always
            }
        }
        return Optional.of(StoryChange.of(change, positions.cursor()));
    }
}
