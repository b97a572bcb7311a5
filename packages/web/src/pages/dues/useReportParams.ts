import { useSearchParams } from 'react-router';
import { todayInChina } from '../../format/time';
import { orgsApi } from '../../api/orgs';
import { useRequest } from '../../hooks/useRequest';

export type ReportTab = 'summary' | 'arrears' | 'remittances';
const TABS: readonly ReportTab[] = ['summary', 'arrears', 'remittances'];

export function reportTabOf(key: string): ReportTab {
  return TABS.find((t) => t === key) ?? 'summary';
}

export interface ReportParams {
  tab: ReportTab;
  /** The org the reports are about: the one in the address, else the user's top org in reach. */
  orgId: number | null;
  year: number;
  /** The user's top orgs in reach (the ones the org tree starts from); the breadcrumb stops there. */
  rootIds: readonly number[];
  /** False until the top orgs are known, when the address names no org. */
  ready: boolean;
  update(changes: { tab?: ReportTab; orgId?: number | null; year?: number }): void;
}

/** The dues reports keep what they show in the address, so a drill-down can be linked and goes back. */
export function useReportParams(): ReportParams {
  const [params, setParams] = useSearchParams();
  const roots = useRequest(() => orgsApi.roots(), []);
  const rootIds = roots.data?.map((r) => r.id) ?? [];
  const tab = reportTabOf(params.get('tab') ?? '');
  const orgId = Number(params.get('orgId')) || (rootIds[0] ?? null);
  const year = Number(params.get('year')) || Number(todayInChina().slice(0, 4));

  const update: ReportParams['update'] = (changes) => {
    const next = new URLSearchParams(params);
    const set = (key: string, value: string | null) =>
      value === null ? next.delete(key) : next.set(key, value);
    if (changes.tab !== undefined) set('tab', changes.tab === 'summary' ? null : changes.tab);
    if (changes.orgId !== undefined) set('orgId', changes.orgId === null ? null : String(changes.orgId));
    if (changes.year !== undefined) set('year', String(changes.year));
    setParams(next);
  };

  return { tab, orgId, year, rootIds, ready: orgId !== null || !roots.loading, update };
}
