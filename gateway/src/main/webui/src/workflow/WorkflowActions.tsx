import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { WorkflowState } from '../gql/graphql';
import { useSession } from '../auth/SessionContext';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/Fields';
import { Problems } from '../ui/Problems';
import { fieldError } from '../graphql/errors';

const MoveEvent = graphql(`
  mutation MoveEvent($id: ID!, $to: WorkflowState!, $version: Int!, $reason: String) {
    moveEvent(id: $id, to: $to, version: $version, reason: $reason) { id state version retractionReason }
  }
`);
const MoveQuote = graphql(`
  mutation MoveQuote($id: ID!, $to: WorkflowState!, $version: Int!, $reason: String) {
    moveQuote(id: $id, to: $to, version: $version, reason: $reason) { id state version retractionReason }
  }
`);
const MoveStory = graphql(`
  mutation MoveStory($id: ID!, $to: WorkflowState!, $version: Int!, $reason: String) {
    moveStory(id: $id, to: $to, version: $version, reason: $reason) { id state version retractionReason }
  }
`);

const MUTATIONS = { event: MoveEvent, quote: MoveQuote, story: MoveStory };

/** What a move did, in words, said once it is done. */
export function movedWords(record: string, to: WorkflowState): string {
  switch (to) {
    case 'IN_REVIEW': return `Submitted for review: an editor can publish the ${record} now.`;
    case 'DRAFT': return `Back to draft: the ${record} is out of review.`;
    case 'PUBLISHED': return `Published: viewers can read the ${record} now.`;
    case 'RETRACTED': return `Retracted: the ${record} stays on the record, marked as retracted.`;
  }
}

interface Props {
  record: 'event' | 'quote' | 'story';
  id: string;
  state?: WorkflowState | null;
  version: number;
}

/**
 * The workflow moves the user's role allows from the record's state: a reporter submits a draft
 * for review (or takes it back), an editor publishes, and retracts with a reason.
 */
export function WorkflowActions({ record, id, state, version }: Props) {
  const session = useSession();
  const [{ fetching, error }, move] = useMutation(MUTATIONS[record] as typeof MoveEvent);
  const [retracting, setRetracting] = useState(false);
  const [reason, setReason] = useState('');
  // the button pressed is gone once the move is done (a draft in review offers other moves): focus
  // goes to what happened, said in words, instead of to the page's start
  const [done, setDone] = useState<{ id: string; words: string; n: number } | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done) status.current?.focus();
  }, [done]);
  const go = async (to: WorkflowState, why?: string) => {
    const result = await move({ id, to, version, reason: why ?? null });
    if (!result.error) setDone((before) => ({ id, words: movedWords(record, to), n: (before?.n ?? 0) + 1 }));
    return result;
  };
  const said = done?.id === id ? done.words : null;
  const moves: React.ReactNode[] = [];
  if (state === 'DRAFT' && session.may('reporter')) {
    moves.push(<button key="review" type="button" onClick={() => void go('IN_REVIEW')} disabled={fetching}>Submit for review</button>);
  }
  if (state === 'IN_REVIEW' && session.may('reporter')) {
    moves.push(<button key="draft" type="button" className="secondary" onClick={() => void go('DRAFT')} disabled={fetching}>Back to draft</button>);
  }
  if ((state === 'DRAFT' || state === 'IN_REVIEW') && session.may('editor')) {
    moves.push(<button key="publish" type="button" onClick={() => void go('PUBLISHED')} disabled={fetching}>Publish</button>);
  }
  if (state === 'PUBLISHED' && session.may('editor')) {
    moves.push(<button key="retract" type="button" className="danger" onClick={() => setRetracting(true)} disabled={fetching}>Retract…</button>);
  }
  if (moves.length === 0 && !said) return null;
  return (
    <div className="workflow" aria-label="Workflow">
      <p className="moved" role="status" ref={status} tabIndex={-1}>{said}</p>
      {moves.length > 0 && <div className="actions">{moves}</div>}
      {!retracting && <Problems error={error} shownAt={[]} />}
      <Dialog title={`Retract this ${record}`} open={retracting} onClose={() => setRetracting(false)}>
        <form onSubmit={async (e) => {
          e.preventDefault();
          const result = await go('RETRACTED', reason);
          if (!result.error) setRetracting(false);
        }}>
          <p>A retracted {record} stays on the record, marked as retracted with your reason.</p>
          <TextField label="Reason" value={reason} onChange={setReason} required multiline error={fieldError(error, 'reason')} />
          <Problems error={error} shownAt={['reason']} />
          <div className="actions">
            <button type="submit" className="danger" disabled={fetching || !reason.trim()}>Retract</button>
            <button type="button" className="secondary" onClick={() => setRetracting(false)}>Cancel</button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
