package org.newsgraph.quote.service;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.platform.workflow.Workflow.Unmet;
import org.newsgraph.quote.Quote;
import org.newsgraph.quote.service.References.Parent;
import org.newsgraph.quote.service.References.Parents;

/**
 * What a public quote must carry (pure): a source and a speaker (DESIGN: a quote the newsroom
 * cannot attribute or cite is not published), and a public story and event around it: a quote
 * inside a draft is under the draft's embargo.
 */
final class PublishCheck {

    private PublishCheck() {
    }

    /** The requirements the quote does not meet, most basic first; the parents are checked where given. */
    static List<Unmet> unmet(Quote quote, Parents parents) {
        List<Unmet> unmet = new ArrayList<>();
        if (quote.sources.isEmpty()) {
            unmet.add(new Unmet("sources", "needs a source: add where the quote was said or reported"));
        }
        if (quote.speakerId == null && quote.speakerLabel == null) {
            unmet.add(new Unmet("speakerId", "needs a speaker: give speakerId or speakerLabel"));
        }
        embargo(parents.event(), "eventId", "event", unmet);
        embargo(parents.story(), "storyId", "story", unmet);
        return unmet;
    }

    private static void embargo(Parent parent, String field, String what, List<Unmet> unmet) {
        if (parent == null) {
            return;
        }
        if (parent.state() == null) {
            unmet.add(new Unmet(field, "cannot belong to " + what + " " + parent.id() + ", which cannot be found"));
        } else if (!parent.state().isPublic()) {
            unmet.add(new Unmet(field, "cannot belong to " + what + " " + parent.id() + " while it is "
                    + parent.state() + ": publish the " + what + " first"));
        }
    }
}
