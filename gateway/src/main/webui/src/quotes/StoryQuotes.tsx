import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useReaderZone } from '../zone/ReaderZone';
import { Missing, Problems } from '../ui/Problems';
import { missing } from '../graphql/errors';
import { QuoteCard } from './QuoteCard';

const StoryQuotesQuery = graphql(`
  query StoryQuotes($slug: String!, $zone: String!, $after: String) {
    story(slug: $slug) {
      id
      quotes(first: 20, after: $after) {
        totalCount
        edges { node { id ...QuoteCard } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

/** The story's quotes, newest first; marked as missing when quote-service does not answer. */
export function StoryQuotes({ slug }: { slug: string }) {
  const { zone } = useReaderZone();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: StoryQuotesQuery, variables: { slug, zone, after } });
  const quotes = data?.story?.quotes?.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const pageInfo = data?.story?.quotes?.pageInfo;
  return (
    <section aria-labelledby="quotes-title">
      <h2 id="quotes-title">Quotes{data?.story?.quotes?.totalCount != null ? ` (${data.story.quotes.totalCount})` : ''}</h2>
      {missing(error, 'story', 'quotes') ? <Missing what="The quotes of this story" /> : <Problems error={error} />}
      {quotes.length === 0 && !fetching && !error && <p>No quotes yet.</p>}
      <ul className="cards" aria-label="Quotes">
        {quotes.map((quote) => <li key={quote.id}><QuoteCard quote={quote} /></li>)}
      </ul>
      {pageInfo?.hasNextPage && <button type="button" disabled={fetching} onClick={() => setAfter(pageInfo.endCursor ?? null)}>Load more quotes</button>}
    </section>
  );
}
