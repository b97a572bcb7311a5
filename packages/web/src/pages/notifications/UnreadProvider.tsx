import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { notificationsApi } from '../../api/notifications';
import { UnreadContext } from './UnreadContext';

// Notices are not urgent enough for a socket; a minute's delay is acceptable for an inbox badge.
const POLL_MS = 60_000;

export function UnreadProvider({ children }: { children: ReactNode }) {
  const [count, setCount] = useState(0);

  const refresh = useCallback(() => {
    notificationsApi.list(1, 1).then(
      (inbox) => setCount(inbox.unread),
      () => undefined,
    );
  }, []);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const value = useMemo(() => ({ count, refresh }), [count, refresh]);
  return <UnreadContext.Provider value={value}>{children}</UnreadContext.Provider>;
}
