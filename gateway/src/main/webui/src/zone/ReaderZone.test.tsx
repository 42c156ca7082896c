import { render, screen } from '@testing-library/react';
import { afterEach } from 'vitest';
import { ReaderZoneProvider, useReaderZone } from './ReaderZone';
import { browserZone } from './zones';

function ShownIn() {
  return <p>{useReaderZone().zone}</p>;
}

afterEach(() => localStorage.clear());

describe('the zone times are shown in', () => {
  it('starts with the browser\'s zone as last seen, and moves to where the browser is now', async () => {
    const elsewhere = browserZone() === 'Asia/Tokyo' ? 'America/Anchorage' : 'Asia/Tokyo';
    localStorage.setItem('newsgraph.browserZone', elsewhere);
    render(<ReaderZoneProvider><ShownIn /></ReaderZoneProvider>);
    expect(screen.getByText(elsewhere)).toBeTruthy();
    expect(await screen.findByText(browserZone())).toBeTruthy();
    expect(localStorage.getItem('newsgraph.browserZone')).toBe(browserZone());
  });

  it('keeps the zone the reader picked, and drops one that is no zone', async () => {
    localStorage.setItem('newsgraph.readerZone', 'Europe/London');
    const { unmount } = render(<ReaderZoneProvider><ShownIn /></ReaderZoneProvider>);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(screen.getByText('Europe/London')).toBeTruthy();
    unmount();

    localStorage.setItem('newsgraph.readerZone', 'Mars/Olympus_Mons');
    render(<ReaderZoneProvider><ShownIn /></ReaderZoneProvider>);
    expect(await screen.findByText(browserZone())).toBeTruthy();
    expect(localStorage.getItem('newsgraph.readerZone')).toBeNull();
  });
});
