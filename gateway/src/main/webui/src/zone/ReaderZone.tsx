import { createContext, useContext, useEffect, useState } from 'react';
import { whenIdle } from '../ui/idle';
import { browserZone, isZone } from './zones';

const PICKED = 'newsgraph.readerZone';
const BROWSERS = 'newsgraph.browserZone';

interface ReaderZone {
  zone: string;
  setZone(zone: string): void;
}

const ReaderZoneContext = createContext<ReaderZone>({ zone: 'UTC', setZone: () => {} });

/**
 * The zone the reader wants times shown in, at once: the one they picked, else the browser's as
 * it was last seen. No Intl here: its first use in a page (the browser's ICU data) costs 40–90 ms,
 * which the first page's request would wait for; checkedReaderZone asks it once the page is up.
 */
export function keptReaderZone(): string {
  return localStorage.getItem(PICKED) ?? localStorage.getItem(BROWSERS) ?? checkedReaderZone();
}

/** The zone as it is now: the one picked if it is still a zone, else the browser's (remembered). */
export function checkedReaderZone(): string {
  const picked = localStorage.getItem(PICKED);
  if (picked && isZone(picked)) return picked;
  if (picked) localStorage.removeItem(PICKED);
  const zone = browserZone();
  localStorage.setItem(BROWSERS, zone);
  return zone;
}

/**
 * Gives the screens the reader's zone, and keeps the one they pick. The kept zone is checked once
 * the first screen is up and the browser idle: a reader whose browser is in another zone since the
 * last visit sees the times move to it.
 */
export function ReaderZoneProvider({ children }: { children: React.ReactNode }) {
  const [zone, setZoneState] = useState(keptReaderZone);
  useEffect(() => whenIdle(() => setZoneState(checkedReaderZone())), []);
  const setZone = (next: string) => {
    localStorage.setItem(PICKED, next);
    setZoneState(next);
  };
  return <ReaderZoneContext.Provider value={{ zone, setZone }}>{children}</ReaderZoneContext.Provider>;
}

export function useReaderZone(): ReaderZone {
  return useContext(ReaderZoneContext);
}
