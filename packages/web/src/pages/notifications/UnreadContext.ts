import { createContext, useContext } from 'react';

export interface Unread {
  count: number;
  refresh(): void;
}

export const UnreadContext = createContext<Unread>({ count: 0, refresh: () => undefined });

export function useUnread(): Unread {
  return useContext(UnreadContext);
}
