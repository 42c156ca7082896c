import { createContext, useContext, useState } from 'react';
import { browserZone, isZone } from './zones';

const KEY = 'newsgraph.readerZone';

interface ReaderZone {
  zone: string;
  setZone(zone: string): void;
}

const ReaderZoneContext = createContext<ReaderZone>({ zone: 'UTC', setZone: () => {} });

/** The zone the reader wants times shown in: the browser's until they pick another (kept per browser). */
export function keptReaderZone(): string {
  const kept = window.localStorage.getItem(KEY);
  return kept && isZone(kept) ? kept : browserZone();
}

/** Gives the screens the reader's zone, and keeps the one they pick. */
export function ReaderZoneProvider({ children }: { children: React.ReactNode }) {
  const [zone, setZoneState] = useState(keptReaderZone);
  const setZone = (next: string) => {
    window.localStorage.setItem(KEY, next);
    setZoneState(next);
  };
  return <ReaderZoneContext.Provider value={{ zone, setZone }}>{children}</ReaderZoneContext.Provider>;
}

export function useReaderZone(): ReaderZone {
  return useContext(ReaderZoneContext);
}
