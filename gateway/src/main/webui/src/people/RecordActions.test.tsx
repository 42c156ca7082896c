import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CombinedError } from 'urql';
import type { Role } from '../auth/session';
import { clientAnswering, renderAs } from '../test/render';
import { RecordActions } from './RecordActions';
import { PeoplePage } from './PeoplePage';

const record = { id: 'p1', name: 'Yuri Ushakov', version: 2, archived: false };

describe("a record's buttons", () => {
  it.each<[Role, string[]]>([
    ['viewer', []],
    ['reporter', ['Edit the record']],
    ['editor', ['Edit the record', 'Archive…']],
    ['admin', ['Edit the record', 'Archive…', 'Delete for good…']],
  ])('show a %s what the role may do', (role, buttons) => {
    renderAs(role, <RecordActions record={record} onEdit={() => {}} />);
    expect(screen.queryAllByRole('button').map((b) => b.textContent)).toEqual(buttons);
  });

  it('let an editor restore an archived record', () => {
    const { client, executeMutation } = clientAnswering();
    renderAs('editor', <RecordActions record={{ ...record, archived: true }} onEdit={() => {}} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    const [{ variables }] = executeMutation.mock.calls[0] as unknown as [{ variables: unknown }];
    expect(variables).toEqual({ id: 'p1', version: 2 });
  });

  it('archive only with a reason, on the version shown', async () => {
    const { client, executeMutation } = clientAnswering();
    renderAs('editor', <RecordActions record={record} onEdit={() => {}} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Archive…' }));
    const dialog = screen.getByRole('dialog', { name: 'Archive Yuri Ushakov' });
    const archive = within(dialog).getByRole('button', { name: 'Archive' }) as HTMLButtonElement;
    expect(archive.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'A duplicate of an older record' } });
    fireEvent.click(archive);
    const [{ variables }] = executeMutation.mock.calls[0] as unknown as [{ variables: unknown }];
    expect(variables).toEqual({ id: 'p1', version: 2, reason: 'A duplicate of an older record' });
    await waitFor(() => expect(screen.queryByLabelText('Reason')).toBeNull());
  });

  it('delete for good after a confirmation, and say what still names the record when that is refused', async () => {
    const { client, executeMutation } = clientAnswering({
      data: null,
      error: new CombinedError({ graphQLErrors: [{
        message: 'record p1 is still referred to by 1 quote(s) (e.g. q7); change those first, or archive the record instead',
        extensions: { code: 'CONFLICT' },
      }] }),
    });
    renderAs('admin', <RecordActions record={record} onEdit={() => {}} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Delete for good…' }));
    expect(executeMutation).not.toHaveBeenCalled();
    const dialog = screen.getByRole('dialog', { name: 'Delete Yuri Ushakov for good?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete Yuri Ushakov for good' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('still referred to by 1 quote(s)'));
  });
});

describe('the people page', () => {
  it('offers reporters, not viewers, to add a record', () => {
    const { unmount } = renderAs('reporter', <PeoplePage />);
    expect(screen.getByRole('button', { name: 'Add a person / organisation / place' })).toBeTruthy();
    unmount();
    renderAs('viewer', <PeoplePage />);
    expect(screen.queryByRole('button', { name: 'Add a person / organisation / place' })).toBeNull();
  });
});
