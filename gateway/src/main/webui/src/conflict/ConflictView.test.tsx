import { fireEvent, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { renderAs } from '../test/render';
import { ConflictView } from './ConflictView';

describe('the conflict view', () => {
  const rows = [
    { label: 'Text', mine: 'next time in Moscow', theirs: 'Next time in Moscow.' },
    { label: 'Kind', mine: 'direct', theirs: 'direct' },
  ];

  it('puts the two versions side by side and marks what differs', () => {
    renderAs('editor', <ConflictView record="quote" currentVersion={7} rows={rows} onReload={() => {}} onReapply={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('version 7');
    expect(screen.getByText('1 field(s) differ')).toBeTruthy();
    expect(screen.getByTestId('mine-Text').textContent).toBe('next time in Moscow');
    expect(screen.getByTestId('theirs-Text').textContent).toBe('Next time in Moscow.');
    expect(screen.getByRole('rowheader', { name: 'Text (differs)' })).toBeTruthy();
  });

  it('lets the editor choose: reapply theirs on the new version, or reload', () => {
    const onReload = vi.fn();
    const onReapply = vi.fn();
    renderAs('editor', <ConflictView record="quote" currentVersion={7} rows={rows} onReload={onReload} onReapply={onReapply} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reapply my changes on version 7' }));
    expect(onReapply).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Reload theirs (drop my changes)' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});
