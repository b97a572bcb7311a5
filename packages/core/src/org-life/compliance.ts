import type { IsoDate } from '../shared/dates';
import { meetingKindLabel, type MeetingKindKey } from './meeting-kinds';
import { periodContains, periodOf, periodsBetween, type Period } from './periods';
import type { MeetingRequirement } from './requirements';

/** A meeting as compliance sees it: `closed` = its minutes are recorded (L1 counts only those). */
export interface HeldMeeting {
  kind: MeetingKindKey;
  date: IsoDate;
  closed: boolean;
  groupId?: number | null;
}

export const COMPLIANCE_STATUSES = ['met', 'due', 'overdue'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export const COMPLIANCE_STATUS_LABELS: Record<ComplianceStatus, string> = {
  met: '已完成',
  due: '待完成',
  overdue: '未完成',
};

export interface PeriodCompliance extends Period {
  status: ComplianceStatus;
  /** Closed meetings that count toward the period. */
  count: number;
}

export interface RequirementCompliance {
  requirement: MeetingRequirement;
  /** The group, for a per-group requirement; null for the branch. */
  groupId: number | null;
  periods: PeriodCompliance[];
}

export interface ComplianceInput {
  requirements: readonly MeetingRequirement[];
  meetings: readonly HeldMeeting[];
  /** First day to report; the period containing it is reported whole. */
  since: IsoDate;
  today: IsoDate;
  /** Whether the branch has a committee (org-life.md L9); the caller decides from members and posts. */
  hasCommittee: boolean;
  /** The branch's groups: a per-group requirement is reported once for each. */
  groupIds?: readonly number[];
}

/** The fixed day in this month; a day the month lacks (31 in April) falls on its last day. */
function fixedDateIn(period: Period, day: number): IsoDate {
  const last = Number(period.end.slice(8, 10));
  return `${period.start.slice(0, 8)}${String(Math.min(day, last)).padStart(2, '0')}`;
}

function counts(
  meeting: HeldMeeting,
  requirement: MeetingRequirement,
  groupId: number | null,
  period: Period,
  today: IsoDate,
): boolean {
  if (!meeting.closed || meeting.kind !== requirement.kind) return false;
  // A date after today cannot have happened; such a record is a mistake and must not fill a period.
  if (meeting.date > today || !periodContains(period, meeting.date)) return false;
  if (groupId !== null && meeting.groupId !== groupId) return false;
  if (requirement.fixedDay !== undefined && meeting.date !== fixedDateIn(period, requirement.fixedDay)) {
    return false;
  }
  return true;
}

function statusOf(count: number, minCount: number, period: Period, today: IsoDate): ComplianceStatus {
  if (count >= minCount) return 'met';
  return today <= period.end ? 'due' : 'overdue';
}

/**
 * org-life.md L1: for each requirement (and each group for a per-group one) the periods from `since` to
 * today: met with at least `minCount` closed meetings of the kind dated inside the period, otherwise due
 * while the period runs and overdue once it has ended. A fixed-day rule counts only a meeting on that day.
 */
export function branchCompliance(input: ComplianceInput): RequirementCompliance[] {
  const result: RequirementCompliance[] = [];
  for (const requirement of input.requirements) {
    if (requirement.appliesTo === 'branch_with_committee' && !input.hasCommittee) continue;
    const groups = requirement.appliesTo === 'group' ? (input.groupIds ?? []) : [null];
    const periods = periodsBetween(input.since, input.today, requirement.per);
    for (const groupId of groups) {
      result.push({
        requirement,
        groupId,
        periods: periods.map((period) => {
          const count = input.meetings.filter((m) =>
            counts(m, requirement, groupId, period, input.today),
          ).length;
          return { ...period, status: statusOf(count, requirement.minCount, period, input.today), count };
        }),
      });
    }
  }
  return result;
}

export interface BranchComplianceEntry {
  orgId: number;
  compliance: readonly RequirementCompliance[];
}

export interface KindSummary {
  kind: MeetingKindKey;
  label: string;
  /** Branches with this requirement in the period. */
  branches: number;
  met: number;
  /** met / branches, 0–1; null when no branch has the requirement. */
  share: number | null;
  dueOrgIds: number[];
  overdueOrgIds: number[];
}

const STATUS_ORDER: Record<ComplianceStatus, number> = { met: 0, due: 1, overdue: 2 };

/**
 * A committee's view of its branches: per kind, the status of each branch in the period containing `on`
 * (each branch in its own requirement's frequency, since local rules may differ by subtree). A branch with
 * several groups is only met when every group is; it is overdue when any group is.
 */
export function summarizeCompliance(list: readonly BranchComplianceEntry[], on: IsoDate): KindSummary[] {
  const byKind = new Map<string, KindSummary>();
  for (const entry of list) {
    const worst = new Map<string, ComplianceStatus>();
    const labels = new Map<string, string>();
    for (const item of entry.compliance) {
      const key = periodOf(on, item.requirement.per).key;
      const period = item.periods.find((p) => p.key === key);
      if (!period) continue;
      const kind = item.requirement.kind;
      const before = worst.get(kind);
      if (!before || STATUS_ORDER[period.status] > STATUS_ORDER[before]) worst.set(kind, period.status);
      labels.set(kind, item.requirement.label ?? meetingKindLabel(kind));
    }
    for (const [kind, status] of worst) {
      const summary = byKind.get(kind) ?? {
        kind,
        label: labels.get(kind) ?? kind,
        branches: 0,
        met: 0,
        share: null,
        dueOrgIds: [],
        overdueOrgIds: [],
      };
      summary.branches += 1;
      if (status === 'met') summary.met += 1;
      if (status === 'due') summary.dueOrgIds.push(entry.orgId);
      if (status === 'overdue') summary.overdueOrgIds.push(entry.orgId);
      summary.share = summary.met / summary.branches;
      byKind.set(kind, summary);
    }
  }
  return [...byKind.values()];
}
