import { Link } from 'react-router';
import { graphql } from '../gql';
import type { QuoteCardFragment } from '../gql/graphql';
import { StateBadge, VerificationBadge, words } from '../ui/Badges';
import { snippetParts } from './snippet';

export const QuoteCardFragmentDoc = graphql(`
  fragment QuoteCard on Quote {
    id text kind state version speakerLabel putToLabel platform language
    speaker { __typename id name }
    putTo { __typename id name }
    verification { state note by }
    saidAt(zone: $zone) { text }
    event { id title }
  }
`);

/** Who said it: the speaker's name, or the label the source used ("reporters"). */
export function speakerOf(quote: Pick<QuoteCardFragment, 'speaker' | 'speakerLabel'>): string {
  return quote.speaker?.name ?? quote.speakerLabel ?? 'unknown speaker';
}

export function QuoteCard({ quote, snippet }: { quote: QuoteCardFragment; snippet?: string | null }) {
  return (
    <article className="card quote" aria-label={`Quote of ${speakerOf(quote)}`}>
      <blockquote lang={quote.language ?? undefined} dir="auto">
        <Link to={`/quotes/${quote.id}`}>
          {snippet ? snippetParts(snippet).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))
            : `“${quote.text}”`}
        </Link>
      </blockquote>
      <p className="meta">
        — {quote.speaker ? <Link to={`/people/${quote.speaker.id}`}>{quote.speaker.name}</Link> : speakerOf(quote)}
        {quote.kind === 'QUESTION' && (quote.putTo?.name ?? quote.putToLabel) ? `, to ${quote.putTo?.name ?? quote.putToLabel}` : ''}
        {quote.kind === 'POST' && quote.platform ? `, on ${quote.platform}` : ''}
        {quote.saidAt?.text ? ` · ${quote.saidAt.text}` : ''}
        {' '}<span className="kind">· {words(quote.kind)}</span>
        <StateBadge state={quote.state} />
        <VerificationBadge state={quote.verification?.state} />
      </p>
    </article>
  );
}
