import { fireEvent, screen } from '@testing-library/react';
import { renderAs } from '../test/render';
import { slugOf, StoriesPage } from './StoriesPage';

describe('a new story', () => {
  it('takes its address from its title', () => {
    expect(slugOf('Alaska summit 2025')).toBe('alaska-summit-2025');
    expect(slugOf('Zelenskyy’s visit — día 2')).toBe('zelenskyy-s-visit-dia-2');
  });

  it('says how to write the address when the title gives none (no Latin letters or digits)', () => {
    renderAs('reporter', <StoriesPage />);
    fireEvent.click(screen.getByRole('button', { name: 'New story' }));
    const hint = /type one with a-z, 0-9 and hyphens/;
    expect(screen.queryByText(hint)).toBeNull();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Киев реагирует' } });
    expect(screen.getByText(hint)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Slug (the story's address)"), { target: { value: 'kyiv-reacts' } });
    expect(screen.queryByText(hint)).toBeNull();
  });
});
