import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';

// the events a form offers to choose from: a page holds at most 100 (the gateway's limit)
const StoryEventsQuery = graphql(`
  query StoryEvents($storyId: ID!, $after: String) {
    timeline(storyId: $storyId, first: 100, after: $after) {
      edges { node { id title source: startsAt { text } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** An event to choose (a quote's event, a related event): its title, and its time as the source gave it. */
export interface EventChoice {
  id: string;
  title: string;
  /** "about 11:30 AKDT, 15 August 2025": two press conferences of one story are told apart by it. */
  when: string;
}

/** How an event is named in a list to choose from. */
export function choiceLabel(choice: EventChoice): string {
  return choice.when ? `${choice.title} (${choice.when})` : choice.title;
}

/**
 * Every event of a story, in time order, for a form to offer: read a page of 100 after another
 * until the last. The first page alone left out the later events of a long story, and a relation
 * to one of them showed as the first event of the list.
 */
export function useStoryEvents(storyId: string | null | undefined): EventChoice[] {
  // the cursor of the next page belongs to the story it was read from: another story starts at its first page
  const [position, setPosition] = useState<{ storyId: string; after: string | null }>({ storyId: '', after: null });
  const after = position.storyId === storyId ? position.after : null;
  const [read, setRead] = useState<{ storyId: string; events: EventChoice[] }>({ storyId: '', events: [] });
  const [{ data }] = useQuery({ query: StoryEventsQuery, variables: { storyId: storyId ?? '', after }, pause: !storyId });
  const page = data?.timeline;
  useEffect(() => {
    if (!page || !storyId) return;
    const events = (page.edges ?? []).flatMap((edge) => (edge?.node?.id
      ? [{ id: edge.node.id, title: edge.node.title ?? '', when: edge.node.source?.text ?? '' }] : []));
    // the cache may give the pages read so far as one list, or only the new page: each event once
    setRead((before) => {
      const kept = before.storyId === storyId && after !== null ? before.events : [];
      const known = new Set(kept.map((e) => e.id));
      return { storyId, events: [...kept, ...events.filter((e) => !known.has(e.id))] };
    });
    if (page.pageInfo?.hasNextPage && page.pageInfo.endCursor) setPosition({ storyId, after: page.pageInfo.endCursor });
  }, [page, storyId, after]);
  return read.storyId === storyId ? read.events : [];
}

