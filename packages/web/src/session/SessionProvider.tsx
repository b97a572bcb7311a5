import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Me, Permission } from '@jiceng/core';
import { authApi } from '../api/auth';
import { ApiRequestError, LOGIN_PATH } from '../api/client';
import { SessionContext, type Session } from './SessionContext';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      const next = await authApi.me();
      setMe(next);
      return next;
    } catch (error) {
      // Only "not signed in" means null; other failures keep the page usable and show on retry.
      if (error instanceof ApiRequestError && error.status !== 401) throw error;
      setMe(null);
      return null;
    }
  }, []);

  const signOut = useCallback(async () => {
    await authApi.logout().catch(() => undefined);
    // A full load drops every cached view of the previous user's data along with the session.
    window.location.assign(LOGIN_PATH);
  }, []);

  useEffect(() => {
    refresh().catch(() => setMe(null));
  }, [refresh]);

  const value = useMemo<Session>(
    () => ({
      me,
      refresh,
      signOut,
      can: (permission: Permission) => me?.permissions.includes(permission) ?? false,
    }),
    [me, refresh, signOut],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
