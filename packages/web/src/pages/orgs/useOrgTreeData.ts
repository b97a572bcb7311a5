import type { OrgSummary } from '@jiceng/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { orgsApi } from '../../api/orgs';
import { useOrgTree } from './OrgTreeContext';

interface TreeState {
  roots: OrgSummary[] | undefined;
  children: ReadonlyMap<number, OrgSummary[]>;
  expanded: number[];
}

const EMPTY: TreeState = { roots: undefined, children: new Map(), expanded: [] };

/**
 * The lazily loaded org tree: roots, the children fetched so far, and which nodes are open. Every load
 * runs through one queue, so a refresh, a reveal and a user's expand never overwrite each other.
 */
export function useOrgTreeData() {
  const { version, focusPath } = useOrgTree();
  const [state, setState] = useState<TreeState>(EMPTY);
  const [error, setError] = useState<unknown>(undefined);
  const current = useRef<TreeState>(EMPTY);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const enqueue = useCallback((step: (from: TreeState) => Promise<TreeState>) => {
    const run = queue.current.then(async () => {
      const next = await step(current.current);
      current.current = next;
      setState(next);
      setError(undefined);
    });
    queue.current = run.catch((reason: unknown) => setError(reason));
    return run;
  }, []);

  /** Reloads (or, when not `fresh`, completes) the tree so every wanted node is open and loaded. */
  const sync = useCallback(
    (fresh: boolean, open: readonly number[]) =>
      enqueue(async (from) => {
        const roots = fresh || !from.roots ? await orgsApi.roots() : from.roots;
        const children = new Map(fresh ? [] : from.children);
        const wanted = new Set([...from.expanded, ...open]);
        // Ancestors of the org on screen certainly have children, even if the counts we hold are stale.
        const mustOpen = new Set(open);
        const expanded: number[] = [];
        // Level by level, so a node is only fetched once its parent is visible (and thus readable).
        let level = roots;
        while (level.length > 0) {
          const opening = level.filter((o) => wanted.has(o.id) && (o.childCount > 0 || mustOpen.has(o.id)));
          const missing = opening.filter((o) => !children.has(o.id));
          const loaded = await Promise.all(missing.map((o) => orgsApi.children(o.id).catch(() => [])));
          missing.forEach((o, i) => children.set(o.id, loaded[i] ?? []));
          expanded.push(...opening.map((o) => o.id));
          level = opening.flatMap((o) => children.get(o.id) ?? []);
        }
        return { roots, children, expanded };
      }),
    [enqueue],
  );

  const loadChildren = useCallback(
    (id: number) =>
      enqueue(async (from) => {
        const list = await orgsApi.children(id);
        return { ...from, children: new Map(from.children).set(id, list) };
      }),
    [enqueue],
  );

  const setExpanded = useCallback((expanded: number[]) => {
    current.current = { ...current.current, expanded };
    setState(current.current);
  }, []);

  useEffect(() => {
    void sync(true, focusPath);
    // focusPath is handled by the effect below; a version bump alone means "reload".
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, sync]);

  useEffect(() => {
    if (focusPath.length > 0) void sync(false, focusPath);
  }, [focusPath, sync]);

  return { ...state, error, loadChildren, setExpanded };
}
