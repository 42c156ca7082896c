import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CombinedError } from 'urql';
import { clientAnswering, renderAs } from '../test/render';
import { VerifyDialog } from './QuotePage';

describe("an editor's verdict refused for its note", () => {
  it('says why once, at the note', async () => {
    const { client } = clientAnswering({
      data: { verifyQuote: null },
      error: new CombinedError({ graphQLErrors: [{ message: 'a note says what was checked', extensions: { code: 'BAD_USER_INPUT', field: 'note' } }] }),
    });
    renderAs('editor', <VerifyDialog id="q1" version={3} open onClose={() => {}} />, client);
    fireEvent.change(screen.getByLabelText('Note (why: what was checked, against what)'), { target: { value: 'ok' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the verdict' }));
    await waitFor(() => expect(screen.getByText('a note says what was checked')).toBeTruthy());
    expect(screen.getAllByText('a note says what was checked')).toHaveLength(1);
  });
});
