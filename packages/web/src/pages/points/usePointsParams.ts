import { useSearchParams } from 'react-router';
import { orgsApi } from '../../api/orgs';
import { todayInChina } from '../../format/time';
import { useRequest } from '../../hooks/useRequest';

export interface PointsParams {
  /** The org in the address, else the user's top org in reach. */
  orgId: number | null;
  year: number;
  /** `YYYY-MM` within the year, or null for the whole year. */
  month: string | null;
  ready: boolean;
  update(changes: { orgId?: number | null; year?: number; month?: string | null }): void;
}

/** The points tabs keep the org, year and month in the address, shared by every tab. */
export function usePointsParams(): PointsParams {
  const [params, setParams] = useSearchParams();
  const roots = useRequest(() => orgsApi.roots(), []);
  const orgId = Number(params.get('orgId')) || (roots.data?.[0]?.id ?? null);
  const year = Number(params.get('year')) || Number(todayInChina().slice(0, 4));
  const month = params.get('month')?.startsWith(`${year}-`) ? params.get('month') : null;

  const update: PointsParams['update'] = (changes) => {
    const next = new URLSearchParams(params);
    const set = (key: string, value: string | null) =>
      value === null ? next.delete(key) : next.set(key, value);
    if (changes.orgId !== undefined) set('orgId', changes.orgId === null ? null : String(changes.orgId));
    if (changes.year !== undefined) set('year', String(changes.year));
    if (changes.month !== undefined) set('month', changes.month);
    setParams(next, { replace: true });
  };
  return { orgId, year, month, ready: orgId !== null || !roots.loading, update };
}
