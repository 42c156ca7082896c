import { createContext, useContext, useState } from 'react';
import { keptReaderZone, READER_ZONE_KEY } from './zones';

interface ReaderZone {
  zone: string;
  setZone(zone: string): void;
}

const ReaderZoneContext = createContext<ReaderZone>({ zone: 'UTC', setZone: () => {} });

/** Gives the screens the reader's zone, and keeps the one they pick. */
export function ReaderZoneProvider({ children }: { children: React.ReactNode }) {
  const [zone, setZoneState] = useState(keptReaderZone);
  const setZone = (next: string) => {
    window.localStorage.setItem(READER_ZONE_KEY, next);
    setZoneState(next);
  };
  return <ReaderZoneContext.Provider value={{ zone, setZone }}>{children}</ReaderZoneContext.Provider>;
}

export function useReaderZone(): ReaderZone {
  return useContext(ReaderZoneContext);
}
