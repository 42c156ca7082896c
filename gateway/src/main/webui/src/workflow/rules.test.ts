import { mayEdit } from './rules';
import { includes, type Role } from '../auth/session';

const as = (role: Role | null) => ({ may: (needed: Role) => includes(role, needed) });

describe('who sees the edit controls', () => {
  it('hides them from viewers, whatever the state', () => {
    expect(mayEdit(as('viewer'), 'DRAFT')).toBe(false);
    expect(mayEdit(as(null), 'DRAFT')).toBe(false);
  });

  it('shows them to reporters for drafts and records in review only', () => {
    expect(mayEdit(as('reporter'), 'DRAFT')).toBe(true);
    expect(mayEdit(as('reporter'), 'IN_REVIEW')).toBe(true);
    expect(mayEdit(as('reporter'), 'PUBLISHED')).toBe(false);
  });

  it('shows them to editors and admins for everything', () => {
    expect(mayEdit(as('editor'), 'PUBLISHED')).toBe(true);
    expect(mayEdit(as('admin'), 'RETRACTED')).toBe(true);
  });
});
