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
