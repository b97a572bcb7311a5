import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { OrgTreeContext } from './OrgTreeContext';

export function OrgTreeProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const [focusPath, setFocusPath] = useState<readonly number[]>([]);

  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const reveal = useCallback((ids: readonly number[]) => {
    // Same path again (a page reload of the same org) must not re-trigger the tree's loading.
    setFocusPath((current) =>
      current.length === ids.length && current.every((id, i) => id === ids[i]) ? current : [...ids],
    );
  }, []);

  const value = useMemo(
    () => ({ version, focusPath, refresh, reveal }),
    [version, focusPath, refresh, reveal],
  );
  return <OrgTreeContext.Provider value={value}>{children}</OrgTreeContext.Provider>;
}
