import { fireEvent, render, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { ZoneField } from './ZoneField';

describe('a time zone field', () => {
  it("suggests the browser's zones once used, and takes a zone only once it names one", () => {
    const onChange = vi.fn();
    const { container } = render(<ZoneField label="Times in" value="Europe/London" onChange={onChange} />);
    const field = screen.getByLabelText('Times in');
    // a page's first render does not build ~420 suggestions nobody asked for yet
    expect(container.querySelectorAll('datalist option')).toHaveLength(0);

    fireEvent.focus(field);
    const suggested = [...container.querySelectorAll('datalist option')].map((option) => option.getAttribute('value'));
    expect(suggested).toContain('America/Anchorage');
    expect(suggested).toContain('UTC');

    fireEvent.change(field, { target: { value: 'America/Anch' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: 'America/Anchorage' } });
    expect(onChange).toHaveBeenCalledWith('America/Anchorage');
  });
});

describe('a mistyped time zone', () => {
  it('keeps its form from being submitted, and says why at the field', () => {
    const onSubmit = vi.fn((e: React.FormEvent) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <ZoneField label="Time zone of the place" value="UTC" onChange={() => {}} />
        <button type="submit">Save</button>
      </form>,
    );
    const field = screen.getByLabelText('Time zone of the place');
    fireEvent.change(field, { target: { value: 'Europe/Kiev2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Not a time zone; pick one from the list.')).toBeTruthy();

    // an emptied zone is no zone either: the one taken before would be saved in its place
    fireEvent.change(field, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('may be emptied where the zone is optional', () => {
    const onChange = vi.fn();
    render(<ZoneField label="“Local time” in the text means" value="UTC" onChange={onChange} optional />);
    fireEvent.change(screen.getByLabelText('“Local time” in the text means'), { target: { value: '' } });
    expect(onChange).toHaveBeenCalledWith('');
  });
});
