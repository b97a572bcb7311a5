import { addDays, addMonths, addYears, type IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/errors';
import { addWorkingDays, isWorkingDay } from '../shared/workdays';
import type { Interval, Requirement, RuleSet, StepOrOutcome } from './rule-set';
import { ruleSetFor } from './rule-sets';
import { DEVELOPMENT_EVENT_LABELS, DEVELOPMENT_STEPS, PROBATION_OUTCOMES } from './steps';
import { meetsTraining, trainingShortfallMessage } from './training';
import { checkVoteCounts, tallyAdmissionVote, type VoteCounts } from './vote';

export interface Participant {
  personId: number;
  name: string;
  role: 'sponsor' | 'introducer';
  /** The date the participant became a full member (conversion), or null if not one. */
  fullMemberSince: IsoDate | null;
  /** Under 留党察看 with rights not restored (D7). */
  rightsRestricted?: boolean;
}

/** What a step carries besides its date; each step uses the parts its rules need. */
export interface StepData {
  participants?: Participant[];
  /** Reviews (political review, committee review, pre-review). */
  result?: 'pass' | 'fail';
  training?: { days?: number; hours?: number };
  vote?: VoteCounts;
  /** Approvals: whether the deciding org holds the power to approve admissions (foundation flag). */
  approverMayApprove?: boolean;
  approved?: boolean;
  /** Why an approval takes longer than three months (D14). */
  extensionReason?: string;
  /** The public notice (公示): its period and the text that was posted. */
  notice?: { from: IsoDate; to: IsoDate; text?: string };
  /** Why probation is cancelled (D19). */
  reason?: string;
  /** Extension of probation, in months (D18). */
  months?: number;
}

export interface RecordedStep {
  step: StepOrOutcome;
  date: IsoDate;
  data?: StepData;
}

export type StepProposal = RecordedStep;

export interface EvaluationContext {
  today: IsoDate;
  birthDate: IsoDate | null;
  enabledRuleSets?: readonly string[];
  ruleSets?: readonly RuleSet[];
  /** Off when only dates and order matter (which steps come next, and from when). */
  checkData?: boolean;
}

export interface Evaluation {
  allowed: boolean;
  ruleSetId: string;
  violations: RuleViolation[];
  warnings: RuleViolation[];
  /** When the date is the only obstacle: the earliest date on which the step would be allowed. */
  allowedFrom: IsoDate | null;
}

export function label(step: StepOrOutcome): string {
  return DEVELOPMENT_EVENT_LABELS[step];
}

export function addInterval(date: IsoDate, interval: Interval): IsoDate {
  let result = date;
  if (interval.years) result = addYears(result, interval.years);
  if (interval.months) result = addMonths(result, interval.months);
  if (interval.days) result = addDays(result, interval.days);
  if (interval.workingDays) result = addWorkingDays(result, interval.workingDays);
  return result;
}

function negate(interval: Interval): Interval {
  return {
    years: interval.years && -interval.years,
    months: interval.months && -interval.months,
    days: interval.days && -interval.days,
  };
}

/** Whether a recorded step counts as done: a failed vote, review or approval does not. */
export function isDone(record: RecordedStep): boolean {
  const data = record.data ?? {};
  if (data.vote) return tallyAdmissionVote(data.vote).passed;
  if (data.result === 'fail') return false;
  if (data.approved === false) return false;
  return true;
}

export function lastDone(history: readonly RecordedStep[], step: StepOrOutcome): RecordedStep | null {
  const done = history.filter((r) => r.step === step && isDone(r));
  return done.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1) ?? null;
}

/** D15, D16, D18: probation runs a year (per the rule set) from the admission meeting, plus extensions. */
export function probationEnd(history: readonly RecordedStep[], set: RuleSet): IsoDate | null {
  const meeting = lastDone(history, 'admission_meeting');
  if (!meeting || !lastDone(history, 'admission_approved')) return null;
  const extended = history
    .filter((r) => r.step === 'probation_extended')
    .reduce((sum, r) => sum + (r.data?.months ?? 0), 0);
  return addMonths(addInterval(meeting.date, set.probation), extended);
}

function noticeEnd(from: IsoDate, workingDays: number): IsoDate {
  const first = isWorkingDay(from) ? from : addWorkingDays(from, 1);
  return workingDays > 1 ? addWorkingDays(first, workingDays - 1) : first;
}

type Check = (
  req: Requirement,
  proposal: StepProposal,
  history: readonly RecordedStep[],
  ctx: EvaluationContext,
  set: RuleSet,
) => { violations?: RuleViolation[]; warnings?: RuleViolation[] };

const CHECKS: {
  [K in Requirement['kind']]: (
    req: Extract<Requirement, { kind: K }>,
    ...rest: Parameters<Check> extends [unknown, ...infer R] ? R : never
  ) => ReturnType<Check>;
} = {
  after(req, proposal, history) {
    const violations: RuleViolation[] = [];
    for (const step of req.steps) {
      const record = lastDone(history, step);
      if (!record) {
        violations.push({ rule: req.rule, field: 'step', message: `须先完成“${label(step)}”` });
      } else if (record.date > proposal.date) {
        violations.push({
          rule: 'development.md D21',
          field: 'date',
          message: `日期不能早于“${label(step)}”的日期（${record.date}）`,
          allowedFrom: record.date,
        });
      }
    }
    return { violations };
  },
  notBefore(req, proposal, history) {
    const record = lastDone(history, req.from);
    if (!record) return {};
    const earliest = addInterval(record.date, req.interval);
    if (proposal.date >= earliest) return {};
    return {
      violations: [
        {
          rule: req.rule,
          field: 'date',
          message: `${req.what}，最早可在 ${earliest}`,
          allowedFrom: earliest,
        },
      ],
    };
  },
  notAfter(req, proposal, history, ctx) {
    const record = lastDone(history, req.from);
    if (!record) return {};
    const deadline = addInterval(record.date, req.interval);
    if (proposal.date <= deadline) return {};
    if (req.extended && proposal.date <= addInterval(record.date, req.extended)) {
      if (ctx.checkData === false || proposal.data?.extensionReason?.trim()) return {};
      return {
        violations: [
          {
            rule: req.rule,
            field: 'extensionReason',
            message: `已超过期限 ${deadline}（${req.what}），超期须说明理由`,
          },
        ],
      };
    }
    const item: RuleViolation = { rule: req.rule, field: 'date', message: `${req.what}，期限为 ${deadline}` };
    return req.severity === 'error' ? { violations: [item] } : { warnings: [item] };
  },
  minAge(req, proposal, _history, ctx) {
    if (!ctx.birthDate) return {};
    const earliest = addYears(ctx.birthDate, req.years);
    if (proposal.date >= earliest) return {};
    return {
      violations: [
        {
          rule: req.rule,
          field: 'date',
          message: `递交入党申请书时须年满 ${req.years} 周岁，最早可在 ${earliest}`,
          allowedFrom: earliest,
        },
      ],
    };
  },
  participants(req, proposal) {
    const roleName = req.role === 'sponsor' ? '培养联系人' : '入党介绍人';
    const list = (proposal.data?.participants ?? []).filter((p) => p.role === req.role);
    const violations: RuleViolation[] = [];
    if (list.length < req.min || list.length > req.max) {
      const count = req.min === req.max ? `${req.min} 名` : `${req.min}–${req.max} 名`;
      violations.push({
        rule: req.rule,
        field: 'participants',
        message: `须确定${count}${roleName}，现为 ${list.length} 名`,
      });
    }
    for (const p of list) {
      if (!p.fullMemberSince || p.fullMemberSince > proposal.date) {
        violations.push({
          rule: req.rule,
          field: 'participants',
          message: `${roleName}${p.name}在 ${proposal.date} 不是正式党员`,
        });
      }
      if (p.rightsRestricted) {
        violations.push({
          rule: 'development.md D7',
          field: 'participants',
          message: `${p.name}受留党察看处分、党员权利尚未恢复，不能担任${roleName}`,
        });
      }
    }
    return { violations };
  },
  passed(req, _proposal, history) {
    const records = history.filter((r) => r.step === req.step);
    const last = records.at(-1);
    if (!last || last.data?.result !== 'fail' || lastDone(history, req.step)) return {};
    return { violations: [{ rule: req.rule, field: 'step', message: `须${req.what}` }] };
  },
  training(req, proposal) {
    const t = proposal.data?.training ?? {};
    if (meetsTraining(req, t)) return {};
    return { violations: [{ rule: req.rule, field: 'training', message: trainingShortfallMessage(req, t) }] };
  },
  vote(req, proposal) {
    if (!proposal.data?.vote)
      return { violations: [{ rule: req.rule, field: 'vote', message: '须填写表决情况' }] };
    return { violations: checkVoteCounts(proposal.data.vote) };
  },
  approver(req, proposal) {
    if (proposal.data?.approverMayApprove) return {};
    return {
      violations: [
        {
          rule: req.rule,
          field: 'orgId',
          message: '审批组织没有审批发展党员的权限（党支部、党总支和村级党委不能审批）',
        },
      ],
    };
  },
  publicNotice(req, proposal) {
    const notice = proposal.data?.notice;
    if (!notice) {
      return {
        violations: [
          { rule: req.rule, field: 'notice', message: `须先公示不少于 ${req.workingDays} 个工作日` },
        ],
      };
    }
    const end = noticeEnd(notice.from, req.workingDays);
    const violations: RuleViolation[] = [];
    if (!notice.text?.trim()) {
      violations.push({ rule: req.rule, field: 'notice', message: '须填写公示内容' });
    }
    if (notice.to < end) {
      violations.push({
        rule: req.rule,
        field: 'notice',
        message: `公示期不足 ${req.workingDays} 个工作日：应至少到 ${end}`,
      });
    }
    const earliest = addDays(notice.to < end ? end : notice.to, 1);
    if (proposal.date < earliest) {
      violations.push({
        rule: req.rule,
        field: 'date',
        message: `公示期满后才能进行，最早可在 ${earliest}`,
        allowedFrom: earliest,
      });
    }
    return { violations };
  },
  probationEnding(req, proposal, history, _ctx, set) {
    const end = probationEnd(history, set);
    if (!end) return {};
    const earliest = addInterval(end, negate(req.before));
    if (proposal.date >= earliest) return {};
    return {
      violations: [
        {
          rule: req.rule,
          field: 'date',
          message: `预备期至 ${end} 届满，转正申请最早可在 ${earliest} 提出`,
          allowedFrom: earliest,
        },
      ],
    };
  },
  renewedAfter(req, _proposal, history) {
    const since = history.filter((r) => r.step === req.since && isDone(r)).at(-1);
    if (!since) return {};
    const renewed = history.some(
      (r) => r.step === req.step && isDone(r) && history.indexOf(r) > history.indexOf(since),
    );
    return renewed ? {} : { violations: [{ rule: req.rule, field: 'step', message: req.what }] };
  },
  reason(req, proposal) {
    if (proposal.data?.reason?.trim()) return {};
    return { violations: [{ rule: req.rule, field: 'reason', message: `须说明${req.what}` }] };
  },
  extensionLength(req, proposal, history) {
    const violations: RuleViolation[] = [];
    if (req.once && history.some((r) => r.step === 'probation_extended')) {
      violations.push({ rule: req.rule, field: 'step', message: '预备期只能延长一次' });
    }
    const months = proposal.data?.months;
    if (months === undefined || months < req.minMonths || months > req.maxMonths) {
      violations.push({
        rule: req.rule,
        field: 'months',
        message: `延长预备期应为 ${req.minMonths}–${req.maxMonths} 个月`,
      });
    }
    return { violations };
  },
};

const DATA_CHECKS: readonly Requirement['kind'][] = [
  'participants',
  'training',
  'vote',
  'approver',
  'publicNotice',
  'extensionLength',
  'reason',
];

/**
 * The one question of this module, for the server and the web alike: given a person's history and a
 * proposed step on a date, is it allowed? If not, every violation with its rule id and Chinese message,
 * and the earliest date where a date is the obstacle. The rule set is the one in force on the step's date.
 */
export function evaluateStep(
  history: readonly RecordedStep[],
  proposal: StepProposal,
  ctx: EvaluationContext,
): Evaluation {
  const set = ruleSetFor(proposal.date, ctx.enabledRuleSets, ctx.ruleSets);
  const violations: RuleViolation[] = [];
  const warnings: RuleViolation[] = [];
  if (proposal.date > ctx.today) {
    violations.push({
      rule: 'development.md D21',
      field: 'date',
      message: `日期（${proposal.date}）不能晚于今天`,
    });
  }
  if (lastDone(history, 'probation_cancelled')) {
    violations.push({
      rule: 'development.md D19',
      field: 'step',
      message: '已取消预备党员资格，发展程序已终止',
    });
  }
  if (lastDone(history, 'conversion_approved') && proposal.step !== 'archived') {
    violations.push({ rule: 'development.md D20', field: 'step', message: '已转为正式党员，发展程序已完成' });
  }
  const rule = set.steps.find((s) => s.step === proposal.step);
  if (!rule) {
    violations.push({
      rule: 'development.md D21',
      field: 'step',
      message: `规则集 ${set.id} 中没有“${label(proposal.step)}”`,
    });
  } else {
    const previous = lastDone(history, proposal.step);
    // Renewable: the step came before the latest `repeatableAfter` step (a new meeting after an extension).
    const renewable =
      rule.repeatableAfter !== undefined &&
      previous !== null &&
      history.some(
        (r) => r.step === rule.repeatableAfter && isDone(r) && history.indexOf(r) > history.indexOf(previous),
      );
    if (!rule.repeatable && previous && !renewable) {
      violations.push({
        rule: 'development.md D21',
        field: 'step',
        message: `“${label(proposal.step)}”已记录`,
      });
    }
    for (const req of rule.requires) {
      if (ctx.checkData === false && DATA_CHECKS.includes(req.kind)) continue;
      const check = CHECKS[req.kind] as Check;
      const result = check(req, proposal, history, ctx, set);
      violations.push(...(result.violations ?? []));
      warnings.push(...(result.warnings ?? []));
    }
  }
  const dated = violations.filter((v) => v.allowedFrom);
  const allowedFrom =
    violations.length > 0 && dated.length === violations.length
      ? dated
          .map((v) => v.allowedFrom!)
          .sort()
          .at(-1)!
      : null;
  return { allowed: violations.length === 0, ruleSetId: set.id, violations, warnings, allowedFrom };
}

export interface NextStep {
  step: StepOrOutcome;
  label: string;
  /** Today when the step may be taken now; a later date when only time stands in the way. */
  earliestDate: IsoDate;
  warnings: RuleViolation[];
  /** Working days of public notice the step needs first (D22), or null. */
  noticeWorkingDays: number | null;
}

/** Working days of public notice the step needs under the set in force on a date, or null (D22). */
export function noticeWorkingDays(step: StepOrOutcome, date: IsoDate, ctx: EvaluationContext): number | null {
  const rule = ruleSetFor(date, ctx.enabledRuleSets, ctx.ruleSets).steps.find((s) => s.step === step);
  const notice = rule?.requires.find((r) => r.kind === 'publicNotice');
  return notice?.kind === 'publicNotice' ? notice.workingDays : null;
}

/** The steps that may come next, each with its earliest date: the timeline shows them. */
export function nextSteps(history: readonly RecordedStep[], ctx: EvaluationContext): NextStep[] {
  const candidates: StepOrOutcome[] = [...DEVELOPMENT_STEPS.map((s) => s.key), ...PROBATION_OUTCOMES];
  const next: NextStep[] = [];
  for (const step of candidates) {
    const evaluation = evaluateStep(history, { step, date: ctx.today }, { ...ctx, checkData: false });
    const earliestDate = evaluation.allowed
      ? ctx.today
      : evaluation.allowedFrom && evaluation.allowedFrom > ctx.today
        ? evaluation.allowedFrom
        : null;
    if (!earliestDate) continue;
    next.push({
      step,
      label: label(step),
      earliestDate,
      warnings: evaluation.warnings,
      noticeWorkingDays: noticeWorkingDays(step, earliestDate, ctx),
    });
  }
  return next;
}
