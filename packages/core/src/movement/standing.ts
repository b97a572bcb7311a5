import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { MEMBER_STAGES, type Stage } from '../person/enums';
import { addDays, addYears, type IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/errors';

/** The standing changes of transfers.md (the table under 党籍异动), each recorded as an event (T15). */
export const STANDING_CHANGES = [
  'deceased',
  'expelled',
  'withdrawn',
  'persuaded_out',
  'removed',
  'suspended_standing',
  'restored',
  'probation_cancelled',
] as const;
export type StandingChange = (typeof STANDING_CHANGES)[number];

export const STANDING_CHANGE_LABELS: Record<StandingChange, string> = {
  deceased: '死亡',
  expelled: '开除党籍',
  withdrawn: '退党',
  persuaded_out: '劝退',
  removed: '除名',
  suspended_standing: '停止党籍',
  restored: '恢复党籍',
  probation_cancelled: '取消预备党员资格',
};

/** The standing a person holds after the events; `active` until a change happens. */
export const STANDINGS = [
  'active',
  'deceased',
  'expelled',
  'withdrawn',
  'persuaded_out',
  'removed',
  'suspended',
  'probation_cancelled',
] as const;
export type Standing = (typeof STANDINGS)[number];

export const STANDING_LABELS: Record<Standing, string> = {
  active: '正常',
  deceased: '已去世',
  expelled: '已开除党籍',
  withdrawn: '已退党',
  persuaded_out: '已劝退',
  removed: '已除名',
  suspended: '停止党籍',
  probation_cancelled: '已取消预备党员资格',
};

const STANDING_AFTER: Record<StandingChange, Standing> = {
  deceased: 'deceased',
  expelled: 'expelled',
  withdrawn: 'withdrawn',
  persuaded_out: 'persuaded_out',
  removed: 'removed',
  suspended_standing: 'suspended',
  restored: 'active',
  probation_cancelled: 'probation_cancelled',
};

/** Standings that end membership: nothing follows them but a new application (development.md step 1). */
export const FINAL_STANDINGS: readonly Standing[] = [
  'deceased',
  'expelled',
  'withdrawn',
  'persuaded_out',
  'removed',
  'probation_cancelled',
];

/** Changes that need a higher org's approval (the "decided by" column of the table in transfers.md). */
export const CHANGES_NEEDING_APPROVAL: readonly StandingChange[] = [
  'expelled',
  'persuaded_out',
  'removed',
  'probation_cancelled',
];

/** T12: restoration is possible only within this many years of the suspension (T11 removal is due then). */
export const RESTORATION_YEARS = 2;

export interface StandingEvent {
  id: number;
  change: StandingChange;
  occurredOn: IsoDate;
}

export interface DerivedStanding {
  standing: Standing;
  /** The date of the event that set the current standing; null when no event has happened. */
  since: IsoDate | null;
  /** The date the current suspension began; null unless the standing is `suspended`. */
  suspendedOn: IsoDate | null;
}

/** T15: the current standing, from the (not voided) events in date order, ties by id. */
export function deriveStanding(events: readonly StandingEvent[]): DerivedStanding {
  const ordered = [...events].sort((a, b) =>
    a.occurredOn === b.occurredOn ? a.id - b.id : a.occurredOn < b.occurredOn ? -1 : 1,
  );
  let result: DerivedStanding = { standing: 'active', since: null, suspendedOn: null };
  for (const event of ordered) {
    const standing = STANDING_AFTER[event.change];
    result = {
      standing,
      since: event.occurredOn,
      suspendedOn: standing === 'suspended' ? event.occurredOn : null,
    };
  }
  return result;
}

/** T14, statistics.md S3: only members in normal standing are counted (a suspended member is not). */
export function isCountedStanding(standing: Standing): boolean {
  return standing === 'active';
}

/** The last day a suspended member may be restored: the day before the 2-year anniversary (T12). */
export function restorationDeadline(suspendedOn: IsoDate): IsoDate {
  return addDays(addYears(suspendedOn, RESTORATION_YEARS), -1);
}

export interface StandingState {
  stage: Stage | null;
  standing: Standing;
  /** The date of the latest standing event (`since` of deriveStanding). */
  lastChangeOn: IsoDate | null;
  /** The start of the current suspension; when absent, a suspended member's lastChangeOn is used. */
  suspendedOn?: IsoDate | null;
}

export interface StandingProposal {
  change: StandingChange;
  date: IsoDate;
  /** 决定文号. */
  decisionRef?: string;
  /** 审批组织. */
  approvingOrgName?: string;
}

const RULE = 'transfers.md T15';

function blank(text: string | undefined): boolean {
  return !text || text.trim() === '';
}

/** What blocks the change itself, whatever its date and papers; at most one message, the most basic. */
function changeViolation(current: StandingState, change: StandingChange): RuleViolation | null {
  const label = STANDING_CHANGE_LABELS[change];
  if (!current.stage || !MEMBER_STAGES.includes(current.stage)) {
    return { rule: RULE, field: 'change', message: `不是党员，不能记录“${label}”` };
  }
  if (FINAL_STANDINGS.includes(current.standing)) {
    const rejoin = current.standing === 'deceased' ? '' : '；重新入党须从递交入党申请书开始';
    return {
      rule: RULE,
      field: 'change',
      message: `党籍状态为“${STANDING_LABELS[current.standing]}”，不能再记录党籍异动${rejoin}`,
    };
  }
  if (change === 'probation_cancelled' && current.stage !== 'probationary') {
    return { rule: 'development.md D19', field: 'change', message: '只有预备党员才能取消预备党员资格' };
  }
  if (change === 'suspended_standing' && current.standing !== 'active') {
    return { rule: 'transfers.md T10', field: 'change', message: '已停止党籍，不能再次停止党籍' };
  }
  if (change === 'restored' && current.standing !== 'suspended') {
    return { rule: 'transfers.md T12', field: 'change', message: '只有停止党籍的党员才能恢复党籍' };
  }
  return null;
}

/**
 * Whether a standing change may be recorded for a person on a date. Every obstacle is returned, so a form
 * can mark each field; a change that cannot happen at all returns that one violation only.
 */
export function checkStandingChange(
  current: StandingState,
  proposal: StandingProposal,
  today: IsoDate,
): RuleViolation[] {
  const blocked = changeViolation(current, proposal.change);
  if (blocked) return [blocked];
  const violations: RuleViolation[] = [];
  const { change, date } = proposal;
  if (date > today) {
    violations.push({ rule: RULE, field: 'date', message: `异动日期（${date}）不能晚于今天` });
  }
  if (current.lastChangeOn && date < current.lastChangeOn) {
    violations.push({
      rule: RULE,
      field: 'date',
      message: `异动日期（${date}）不能早于上一次党籍异动日期（${current.lastChangeOn}）`,
      allowedFrom: current.lastChangeOn,
    });
  }
  const suspendedOn = current.suspendedOn ?? current.lastChangeOn;
  // T12 and T11 meet at the 2-year anniversary: restoration up to the day before, removal due from that day.
  if (change === 'restored' && suspendedOn && date > restorationDeadline(suspendedOn)) {
    violations.push({
      rule: 'transfers.md T12',
      field: 'date',
      message: `恢复党籍须在停止党籍（${suspendedOn}）后 ${RESTORATION_YEARS} 年内，最迟 ${restorationDeadline(suspendedOn)}`,
    });
  }
  if (change !== 'deceased' && blank(proposal.decisionRef)) {
    violations.push({
      rule: RULE,
      field: 'decisionRef',
      message: `须填写“${STANDING_CHANGE_LABELS[change]}”的决定文号`,
    });
  }
  if (CHANGES_NEEDING_APPROVAL.includes(change) && blank(proposal.approvingOrgName)) {
    violations.push({
      rule: RULE,
      field: 'approvingOrgName',
      message: `“${STANDING_CHANGE_LABELS[change]}”须经上级党组织批准，须填写审批组织`,
    });
  }
  return violations;
}

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label}不能超过 ${max} 个字符` })
    .optional();

/** A standing change as the client sends it (T15); the person and deciding org come from the route and records. */
export const standingChangeInputSchema = z.strictObject({
  change: z.enum(STANDING_CHANGES, { message: '不是有效的党籍异动类别' }),
  date: isoDateSchema,
  /** The deciding org; defaults to the person's own branch. */
  decidingOrgId: z.number().int().positive().optional(),
  decisionRef: optionalText('决定文号', 100),
  approvingOrgName: optionalText('审批组织', 100),
  note: optionalText('备注', 500),
});
export type StandingChangeInput = z.infer<typeof standingChangeInputSchema>;
