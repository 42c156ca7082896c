import type { QuotePageQuoteFragment, TimelineEventFragment } from '../gql/graphql';

/** A published quote as the quote page reads it (version 3, one source, in story s1). */
export const publishedQuote = {
  __typename: 'Quote', id: 'q1', text: 'We had a constructive talk', kind: 'DIRECT', state: 'PUBLISHED', version: 3,
  context: null, language: 'en', originalLanguage: null, originalText: null, translatedBy: null, platform: null,
  speakerId: null, speakerLabel: 'reporters', putToId: null, putToLabel: null, storyId: 's1', eventId: null,
  timeFromEvent: false, retractionReason: null, tags: [], speaker: null, putTo: null, time: null,
  sources: [{ publication: 'The Independent', url: null, publishedAt: null, retrievedAt: null }],
  verification: null,
} as unknown as QuotePageQuoteFragment;

/** An event of the demo story as the timeline shows it: a changed plan, approximate, with an absent participant. */
export const oneOnOne: TimelineEventFragment = {
  id: 'e1', title: 'Talks in a three-on-three format', kind: 'TALKS', state: 'PUBLISHED', occurrence: 'CHANGED', version: 3,
  description: null, retractionReason: null,
  time: { date: '2025-08-15', time: '11:30:00', zone: 'America/Anchorage', precision: 'MINUTE', approximate: true, duration: null, endDate: null, endTime: null },
  source: { text: 'about 11:30 AKDT, 15 August 2025', abbreviation: 'AKDT' },
  reader: { text: 'about 20:30 BST, 15 August 2025', abbreviation: 'BST' },
  participants: [
    { role: 'PARTICIPANT', entity: { __typename: 'Person', id: 'p1', name: 'Vladimir Putin', kind: 'PERSON' } },
    { role: 'ABSENT', entity: { __typename: 'Person', id: 'p2', name: 'Volodymyr Zelensky', kind: 'PERSON' } },
  ],
  relations: [{ type: 'REPLACES', event: { id: 'e0', title: 'One-on-one meeting' } }],
  location: { label: 'at the base', place: { id: 'pl', name: 'Joint Base Elmendorf-Richardson' } },
};
