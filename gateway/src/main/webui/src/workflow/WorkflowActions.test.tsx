import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CombinedError } from 'urql';
import { clientAnswering, renderAs } from '../test/render';
import { WorkflowActions } from './WorkflowActions';

describe('the workflow buttons', () => {
  it('show a viewer nothing', () => {
    renderAs('viewer', <WorkflowActions record="quote" id="q1" state="DRAFT" version={1} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('let a reporter submit a draft for review, on the version they saw', () => {
    const { client, executeMutation } = clientAnswering({ data: { moveQuote: { id: 'q1', state: 'IN_REVIEW', version: 2 } } });
    renderAs('reporter', <WorkflowActions record="quote" id="q1" state="DRAFT" version={1} />, client);
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Submit for review' }));
    expect(executeMutation).toHaveBeenCalledTimes(1);
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: unknown }];
    expect(operation.variables).toEqual({ id: 'q1', to: 'IN_REVIEW', version: 1, reason: null });
  });

  it('let an editor publish, and retract only with a reason', () => {
    const { client, executeMutation } = clientAnswering();
    const { rerender } = renderAs('editor', <WorkflowActions record="event" id="e1" state="IN_REVIEW" version={4} />, client);
    expect(screen.getByRole('button', { name: 'Publish' })).toBeTruthy();
    rerender(<WorkflowActions record="event" id="e1" state="PUBLISHED" version={5} />);
    fireEvent.click(screen.getByRole('button', { name: 'Retract…' }));
    const retract = screen.getByRole('button', { name: 'Retract' }) as HTMLButtonElement;
    expect(retract.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'The time was wrong' } });
    expect(retract.disabled).toBe(false);
    expect(executeMutation).not.toHaveBeenCalled();
  });
});

describe('a move refused by a rule', () => {
  it('is said beside the buttons, naming what is missing', async () => {
    const { client } = clientAnswering({
      data: { moveQuote: null },
      error: new CombinedError({
        graphQLErrors: [{ message: 'a PUBLISHED record needs a source: add where the quote was said or reported',
          extensions: { code: 'BAD_USER_INPUT', field: 'sources' } }],
      }),
    });
    renderAs('editor', <WorkflowActions record="quote" id="q1" state="DRAFT" version={1} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('needs a source'));
  });
});

describe('a move done', () => {
  it('is said in words, and focus goes there rather than to the page (the button pressed is gone)', async () => {
    const { client } = clientAnswering({ data: { moveEvent: { id: 'e1', state: 'IN_REVIEW', version: 2, retractionReason: null } } });
    const { rerender } = renderAs('reporter', <WorkflowActions record="event" id="e1" state="DRAFT" version={1} />, client);
    const submit = screen.getByRole('button', { name: 'Submit for review' });
    submit.focus();
    fireEvent.click(submit);
    // the cache gives the page the record's new state
    rerender(<WorkflowActions record="event" id="e1" state="IN_REVIEW" version={2} />);
    const status = await screen.findByText('Submitted for review: an editor can publish the event now.');
    expect(status.getAttribute('role')).toBe('status');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(screen.getByRole('button', { name: 'Back to draft' })).toBeTruthy();
  });

  it('stays said when no move is left (retracted), and is not said of another record', async () => {
    const { client } = clientAnswering({ data: { moveEvent: { id: 'e1', state: 'RETRACTED', version: 6, retractionReason: 'Wrong day' } } });
    const { rerender } = renderAs('editor', <WorkflowActions record="event" id="e1" state="PUBLISHED" version={5} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Retract…' }));
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Wrong day' } });
    fireEvent.click(screen.getByRole('button', { name: 'Retract' }));
    rerender(<WorkflowActions record="event" id="e1" state="RETRACTED" version={6} />);
    const status = await screen.findByText(/^Retracted: the event stays on the record/);
    await waitFor(() => expect(document.activeElement).toBe(status));
    rerender(<WorkflowActions record="event" id="e2" state="RETRACTED" version={1} />);
    expect(screen.queryByText(/^Retracted:/)).toBeNull();
  });
});
