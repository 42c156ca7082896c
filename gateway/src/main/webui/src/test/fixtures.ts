import type { QuotePageQuoteFragment } from '../gql/graphql';

/** A published quote as the quote page reads it (version 3, one source, in story s1). */
export const publishedQuote = {
  __typename: 'Quote', id: 'q1', text: 'We had a constructive talk', kind: 'DIRECT', state: 'PUBLISHED', version: 3,
  context: null, language: 'en', originalLanguage: null, originalText: null, translatedBy: null, platform: null,
  speakerId: null, speakerLabel: 'reporters', putToId: null, putToLabel: null, storyId: 's1', eventId: null,
  timeFromEvent: false, retractionReason: null, tags: [], speaker: null, putTo: null, time: null,
  sources: [{ publication: 'The Independent', url: null, publishedAt: null, retrievedAt: null }],
  verification: null,
} as unknown as QuotePageQuoteFragment;
