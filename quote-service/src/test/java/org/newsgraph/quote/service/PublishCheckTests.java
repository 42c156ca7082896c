package org.newsgraph.quote.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.platform.source.Source;
import org.newsgraph.platform.workflow.Workflow.Unmet;
import org.newsgraph.platform.workflow.WorkflowState;
import org.newsgraph.quote.Quote;
import org.newsgraph.quote.service.References.Parent;
import org.newsgraph.quote.service.References.Parents;

class PublishCheckTests {

    private static Quote quote(boolean sourced, UUID speaker) {
        Quote quote = new Quote();
        quote.speakerId = speaker;
        if (sourced) {
            quote.sources.add(new Source("BBC News", "https://www.bbc.co.uk/news/1", null, null));
        }
        return quote;
    }

    private static List<String> fields(Quote quote, Parents parents) {
        return PublishCheck.unmet(quote, parents).stream().map(Unmet::field).toList();
    }

    @Test
    void aSourcedAttributedQuoteInPublicParentsMeetsEverything() {
        Parents published = new Parents(new Parent(UUID.randomUUID(), WorkflowState.PUBLISHED),
                new Parent(UUID.randomUUID(), WorkflowState.RETRACTED));
        assertEquals(List.of(), fields(quote(true, UUID.randomUUID()), published));
        assertEquals(List.of(), fields(quote(true, UUID.randomUUID()), Parents.unchanged()));
    }

    @Test
    void aQuoteNeedsASourceAndASpeaker() {
        assertEquals(List.of("sources", "speakerId"), fields(quote(false, null), Parents.unchanged()));
        Quote labelled = quote(true, null);
        labelled.speakerLabel = "reporters";
        assertEquals(List.of(), fields(labelled, Parents.unchanged()));
    }

    @Test
    void aDraftStoryOrEventKeepsItsQuotesUnderEmbargo() {
        UUID story = UUID.randomUUID();
        assertEquals(List.of("eventId", "storyId"), fields(quote(true, UUID.randomUUID()),
                new Parents(new Parent(UUID.randomUUID(), WorkflowState.IN_REVIEW), new Parent(story, WorkflowState.DRAFT))));
        assertEquals(List.of("storyId"), fields(quote(true, UUID.randomUUID()),
                new Parents(null, new Parent(story, null))));
    }
}
