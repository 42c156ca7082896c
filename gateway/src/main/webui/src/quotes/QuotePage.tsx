import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { VerificationState } from '../gql/graphql';
import { useSession } from '../auth/SessionContext';
import { useReaderZone } from '../zone/ReaderZone';
import { Problems } from '../ui/Problems';
import { Dialog } from '../ui/Dialog';
import { SelectField, TextField } from '../ui/Fields';
import { StateBadge, VerificationBadge, words } from '../ui/Badges';
import { fieldError } from '../graphql/errors';
import { WorkflowActions } from '../workflow/WorkflowActions';
import { mayEdit } from '../workflow/rules';
import { hasKeptEdit } from '../unsaved/UnsavedChanges';
import { History } from '../history/History';
import { QuoteForm } from './QuoteForm';
import { speakerOf } from './QuoteCard';
import { VERIFICATIONS } from './QuoteSearchPage';
import { PageTitle } from '../ui/PageTitle';

const QuotePageQuery = graphql(`
  query QuotePage($id: ID!, $zone: String!) {
    quote(id: $id) {
      id ...QuotePageQuote
      saidAt(zone: $zone) { text }
      sourceTime: saidAt { text }
      story { id slug title changeCursor }
      event { id title }
    }
  }
`);

const VerifyQuote = graphql(`
  mutation VerifyQuote($id: ID!, $state: VerificationState!, $note: String!, $version: Int!) {
    verifyQuote(id: $id, state: $state, note: $note, version: $version) { id version verification { state note by at } }
  }
`);

export function QuotePage() {
  const { id = '' } = useParams();
  const session = useSession();
  const { zone } = useReaderZone();
  // changes kept when the session ended during an edit are offered in the editor, open again
  const [editing, setEditing] = useState(() => hasKeptEdit('quote', id));
  const [verifying, setVerifying] = useState(false);
  // the record as it is now, not as a list (a search result) last showed it: its version is what
  // an edit, a verdict or a workflow step is based on, and an old one would meet a CONFLICT nobody caused
  const [{ data, fetching, stale, error }] = useQuery({ query: QuotePageQuery, variables: { id, zone }, requestPolicy: 'network-only' });
  const quote = data?.quote;
  if (!quote?.id) {
    // a result made stale (a live change forgot the record) is being fetched again: not yet "not found"
    return fetching || stale ? <p role="status">Loading the quote…</p> : (<><PageTitle>Quote not found</PageTitle><h1>Quote not found</h1><Problems error={error} /></>);
  }
  return (
    <>
      <p className="breadcrumb">{quote.story?.slug && <Link to={`/stories/${quote.story.slug}/quotes`}>{quote.story.title}: quotes</Link>}</p>
      <PageTitle>{`Quote of ${speakerOf(quote)}`}</PageTitle>
      <h1>Quote of {speakerOf(quote)} <StateBadge state={quote.state} /> <VerificationBadge state={quote.verification?.state} /></h1>
      <Problems error={error} />
      {editing ? (
        <QuoteForm quote={quote} cursor={quote.story?.changeCursor} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      ) : (
        <>
          <blockquote className="quote-text" data-testid="quote-text" lang={quote.language ?? undefined} dir="auto">“{quote.text}”</blockquote>
          <dl className="facts">
            <dt>Kind</dt><dd>{words(quote.kind)}</dd>
            <dt>Speaker</dt><dd>{quote.speaker ? <Link to={`/people/${quote.speaker.id}`}>{quote.speaker.name}</Link> : quote.speakerLabel ?? 'not named'}</dd>
            {quote.kind === 'QUESTION' && <><dt>Put to</dt><dd>{quote.putTo?.name ?? quote.putToLabel ?? 'not named'}</dd></>}
            {quote.kind === 'POST' && <><dt>Platform</dt><dd>{quote.platform}</dd></>}
            {quote.context && <><dt>Context</dt><dd>{quote.context}</dd></>}
            {quote.originalText && <><dt>Original ({quote.originalLanguage})</dt><dd lang={quote.originalLanguage ?? undefined} dir="auto">{quote.originalText}</dd></>}
            {quote.translatedBy && <><dt>Translated by</dt><dd>{quote.translatedBy}</dd></>}
            {quote.sourceTime?.text && <><dt>Said</dt><dd>{quote.sourceTime.text}{quote.saidAt?.text && quote.saidAt.text !== quote.sourceTime.text ? ` (${quote.saidAt.text})` : ''}{quote.timeFromEvent ? ', the time of its event' : ''}</dd></>}
            {quote.event && <><dt>Event</dt><dd><Link to={`/events/${quote.event.id}`}>{quote.event.title}</Link></dd></>}
            <dt>Sources</dt>
            <dd>{(quote.sources ?? []).length === 0 ? 'none yet (needed to publish)' : (quote.sources ?? []).map((s, i) => s && (
              <span key={i}>{s.url ? <a href={s.url}>{s.publication}</a> : s.publication}{s.publishedAt ? `, ${s.publishedAt.slice(0, 10)}` : ''}{i + 1 < (quote.sources?.length ?? 0) ? '; ' : ''}</span>
            ))}</dd>
            <dt>Verification</dt>
            <dd>{words(quote.verification?.state) || 'unverified'}{quote.verification?.note ? `: ${quote.verification.note}` : ''}{quote.verification?.by ? ` (${quote.verification.by})` : ''}</dd>
            {quote.retractionReason && <><dt>Retracted</dt><dd className="retracted">{quote.retractionReason}</dd></>}
          </dl>
          <div className="actions">
            {mayEdit(session, quote.state) && <button type="button" onClick={() => setEditing(true)}>Edit the quote</button>}
            {session.may('editor') && <button type="button" className="secondary" onClick={() => setVerifying(true)}>Set the verification…</button>}
          </div>
          <WorkflowActions record="quote" id={quote.id} state={quote.state} version={quote.version} />
          <VerifyDialog id={quote.id} version={quote.version} open={verifying} onClose={() => setVerifying(false)} />
        </>
      )}
      <History record="quote" id={quote.id} />
    </>
  );
}

/** An editor's verdict on a quote, with the note every verdict needs. */
export function VerifyDialog({ id, version, open, onClose }: { id: string; version: number; open: boolean; onClose(): void }) {
  const [state, setState] = useState<VerificationState | ''>('VERIFIED');
  const [note, setNote] = useState('');
  const [{ fetching, error }, verify] = useMutation(VerifyQuote);
  return (
    <Dialog title="Verification" open={open} onClose={onClose}>
      <form onSubmit={async (e) => {
        e.preventDefault();
        const result = await verify({ id, state: (state || 'VERIFIED') as VerificationState, note, version });
        if (!result.error) { setNote(''); onClose(); }
      }}>
        <SelectField label="Verdict" value={state} options={VERIFICATIONS.map((v) => ({ value: v, label: words(v) }))} onChange={(v) => setState(v as VerificationState | "")} error={fieldError(error, "state")} />
        <TextField label="Note (why: what was checked, against what)" value={note} onChange={setNote} multiline required error={fieldError(error, 'note')} />
        <Problems error={error} shownAt={['state', 'note']} />
        <div className="actions">
          <button type="submit" disabled={fetching || !note.trim()}>Save the verdict</button>
          <button type="button" className="secondary" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </Dialog>
  );
}
