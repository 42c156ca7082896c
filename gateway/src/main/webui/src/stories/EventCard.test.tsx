import { screen, within } from '@testing-library/react';
import { renderAs } from '../test/render';
import { EventCard } from './EventCard';
import { oneOnOne } from '../test/fixtures';

describe('an event on the timeline', () => {
  it('shows its time as the source gave it and in the reader zone, approximate', () => {
    renderAs('viewer', <EventCard event={oneOnOne} />);
    expect(screen.getByText('about 11:30 AKDT, 15 August 2025')).toBeTruthy();
    expect(screen.getByText('about 20:30 BST, 15 August 2025')).toBeTruthy();
    expect(screen.getByText(/to the minute, approximate/)).toBeTruthy();
  });

  it('marks a changed plan, an absent participant and the plan it replaced', () => {
    renderAs('viewer', <EventCard event={oneOnOne} />);
    expect(screen.getByText('Changed')).toBeTruthy();
    const absent = within(screen.getByRole('list', { name: 'Participants' })).getByText('Volodymyr Zelensky').closest('li')!;
    expect(absent.className).toBe('absent');
    expect(absent.textContent).toContain('(absent)');
    expect(within(screen.getByRole('list', { name: 'Related events' })).getByText('One-on-one meeting')).toBeTruthy();
    expect(screen.getByText(/Joint Base Elmendorf-Richardson/).closest('p')!.textContent).toBe('Where: Joint Base Elmendorf-Richardson, at the base');
  });

  it('links the place to its page, where the events held there are listed', () => {
    renderAs('viewer', <EventCard event={oneOnOne} />);
    expect(screen.getByRole('link', { name: 'Joint Base Elmendorf-Richardson' }).getAttribute('href')).toBe('/people/pl');
  });

  it('shows a location given only in words as the words', () => {
    renderAs('viewer', <EventCard event={{ ...oneOnOne, location: { label: 'on the tarmac', place: null } }} />);
    expect(screen.getByText('Where: on the tarmac')).toBeTruthy();
  });

  it('shows a date-precision event as its date, the same in every zone', () => {
    renderAs('viewer', <EventCard event={{ ...oneOnOne, source: null, reader: null,
      time: { ...oneOnOne.time!, time: null, precision: 'DAY', approximate: false } }} />);
    expect(screen.getByText('15 August 2025')).toBeTruthy();
    expect(screen.getByText(/date only/)).toBeTruthy();
  });
});
