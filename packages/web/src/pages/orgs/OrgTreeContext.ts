import { createContext, useContext } from 'react';

export interface OrgTreeControl {
  /** Bumped after anything that changes the tree's shape (create, move, dissolve). */
  version: number;
  /** Ancestors of the org on screen, top first: the tree opens them so the org is visible. */
  focusPath: readonly number[];
  refresh(): void;
  reveal(ancestorIds: readonly number[]): void;
}

export const OrgTreeContext = createContext<OrgTreeControl | null>(null);

export function useOrgTree(): OrgTreeControl {
  const control = useContext(OrgTreeContext);
  if (!control) throw new Error('useOrgTree outside OrgTreeProvider');
  return control;
}
