import { screen } from '@testing-library/react';
import { renderAs } from '../test/render';
import { TextField } from './Fields';

describe('a field with a BAD_USER_INPUT error', () => {
  it('shows the error at the field and ties it to the input for screen readers', () => {
    renderAs('reporter', <TextField label="Time zone" value="Mars/Olympus" onChange={() => {}} error="not a known time zone: Mars/Olympus" />);
    const input = screen.getByLabelText('Time zone');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toBe('not a known time zone: Mars/Olympus');
  });
});
