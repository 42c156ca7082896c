import { render, screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { Problems } from './Problems';

const twice = {
  message: '2025-10-26T03:30 happens twice in Europe/Kyiv (the clocks went back): give offset +03:00 or +02:00',
  extensions: { code: 'BAD_USER_INPUT', field: 'time.offset' },
};
const noTitle = { message: 'title is required', extensions: { code: 'BAD_USER_INPUT', field: 'title' } };

describe('the problems of a form', () => {
  it('says an error naming a field the form does not show it at', () => {
    render(<Problems error={new CombinedError({ graphQLErrors: [twice, noTitle] })} shownAt={['title', 'time.date', 'time.time', 'time.zone']} />);
    expect(screen.getByRole('alert').textContent).toContain('happens twice in Europe/Kyiv');
    // the title's own field says that one
    expect(screen.queryByText('title is required')).toBeNull();
  });

  it('says every error naming a field when it is told of no field that shows one', () => {
    render(<Problems error={new CombinedError({ graphQLErrors: [noTitle] })} />);
    expect(screen.getByRole('alert').textContent).toBe('title is required');
  });

  it('says the second error about one field, which the field does not show', () => {
    const another = { message: 'a title is at most 300 characters', extensions: { code: 'BAD_USER_INPUT', field: 'title' } };
    render(<Problems error={new CombinedError({ graphQLErrors: [noTitle, another] })} shownAt={['title']} />);
    expect(screen.getByRole('alert').textContent).toBe('a title is at most 300 characters');
  });
});
