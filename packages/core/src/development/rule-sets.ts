import type { Requirement, RuleSet, StepRule } from './rule-set';

const D = (n: number) => `development.md D${n}`;
const after = (...steps: StepRule['step'][]): Requirement => ({ kind: 'after', steps, rule: D(21) });

/** 《中国共产党发展党员工作细则》 (2014): development.md D1–D21. */
export const CPC_DEV_2014: RuleSet = {
  id: 'cpc-dev-2014',
  title: '中国共产党发展党员工作细则（2014）',
  effectiveFrom: '2014-06-11',
  enabledByDefault: true,
  probation: { years: 1 },
  steps: [
    { step: 'application_submitted', requires: [{ kind: 'minAge', years: 18, rule: D(1) }] },
    {
      step: 'first_talk',
      requires: [
        after('application_submitted'),
        {
          kind: 'notAfter',
          from: 'application_submitted',
          interval: { months: 1 },
          severity: 'warning',
          rule: D(2),
          what: '收到入党申请书后一个月内派人谈话',
        },
      ],
    },
    { step: 'activist_designated', requires: [{ kind: 'after', steps: ['first_talk'], rule: D(3) }] },
    { step: 'activist_filed', requires: [after('activist_designated')] },
    {
      step: 'sponsors_assigned',
      requires: [
        after('activist_designated'),
        { kind: 'participants', role: 'sponsor', min: 1, max: 2, rule: D(4) },
      ],
    },
    { step: 'cultivation_assessed', repeatable: true, requires: [after('sponsors_assigned')] },
    {
      step: 'candidate_designated',
      requires: [
        after('activist_designated', 'activist_filed', 'sponsors_assigned'),
        {
          kind: 'notBefore',
          from: 'activist_designated',
          interval: { years: 1 },
          rule: D(6),
          what: '确定为入党积极分子满一年后才能确定为发展对象',
        },
      ],
    },
    { step: 'candidate_filed', requires: [after('candidate_designated')] },
    {
      step: 'introducers_assigned',
      requires: [
        after('candidate_designated'),
        { kind: 'participants', role: 'introducer', min: 2, max: 2, rule: D(7) },
      ],
    },
    { step: 'political_review', requires: [after('candidate_designated')] },
    {
      step: 'training_completed',
      requires: [after('candidate_designated'), { kind: 'training', minDays: 3, minHours: 24, rule: D(9) }],
    },
    {
      step: 'committee_review',
      requires: [
        after('candidate_filed', 'introducers_assigned', 'political_review', 'training_completed'),
        { kind: 'passed', step: 'political_review', rule: D(8), what: '政治审查结论合格' },
      ],
    },
    {
      step: 'pre_review',
      requires: [
        after('committee_review'),
        { kind: 'passed', step: 'committee_review', rule: D(10), what: '支部委员会审查通过' },
      ],
    },
    {
      step: 'admission_form',
      requires: [
        after('pre_review'),
        { kind: 'passed', step: 'pre_review', rule: D(10), what: '上级党委预审合格' },
      ],
    },
    { step: 'admission_meeting', requires: [after('admission_form'), { kind: 'vote', rule: D(11) }] },
    { step: 'approval_talk', requires: [after('admission_meeting')] },
    {
      step: 'admission_approved',
      requires: [
        after('admission_meeting', 'approval_talk'),
        { kind: 'approver', rule: D(14) },
        {
          kind: 'notAfter',
          from: 'admission_meeting',
          interval: { months: 3 },
          extended: { months: 6 },
          severity: 'error',
          rule: D(14),
          what: '支部大会通过后三个月内审批（特殊情况可延长至六个月）',
        },
      ],
    },
    { step: 'admission_filed', requires: [after('admission_approved')] },
    { step: 'placed', requires: [after('admission_approved')] },
    { step: 'oath', requires: [after('admission_approved')] },
    { step: 'probation_assessed', repeatable: true, requires: [after('admission_approved')] },
    {
      step: 'conversion_applied',
      repeatableAfter: 'probation_extended',
      requires: [
        after('admission_approved'),
        { kind: 'probationEnding', before: { months: 1 }, rule: D(17) },
      ],
    },
    {
      step: 'conversion_meeting',
      repeatableAfter: 'probation_extended',
      requires: [
        after('conversion_applied'),
        {
          kind: 'renewedAfter',
          step: 'conversion_applied',
          since: 'probation_extended',
          rule: D(18),
          what: '延长预备期后须重新提出转正申请',
        },
        { kind: 'vote', rule: D(11) },
      ],
    },
    {
      step: 'conversion_approved',
      requires: [
        after('conversion_meeting'),
        {
          kind: 'renewedAfter',
          step: 'conversion_meeting',
          since: 'probation_extended',
          rule: D(18),
          what: '延长预备期满后须由支部大会重新讨论转正',
        },
        { kind: 'approver', rule: D(14) },
        {
          kind: 'notAfter',
          from: 'conversion_meeting',
          interval: { months: 3 },
          severity: 'error',
          rule: D(17),
          what: '支部大会讨论转正后三个月内审批',
        },
      ],
    },
    { step: 'archived', requires: [after('conversion_approved')] },
    {
      step: 'probation_extended',
      // "Once only" is D18's own rule, so the refusal names it rather than a repeated step.
      repeatable: true,
      requires: [
        after('conversion_meeting'),
        { kind: 'extensionLength', minMonths: 6, maxMonths: 12, once: true, rule: D(18) },
      ],
    },
    {
      // D19 with transfers.md: the branch general meeting decides, a committee with the power approves.
      step: 'probation_cancelled',
      requires: [
        after('admission_approved'),
        { kind: 'approver', rule: D(19) },
        { kind: 'reason', rule: D(19), what: '取消预备党员资格的理由（不具备党员条件或严重违纪）' },
      ],
    },
  ],
};

/**
 * The reported 2026 revision (development.md D22–D24, unconfirmed): the 2014 set plus public notices and
 * two deadlines. Shipped switched off.
 */
export const CPC_DEV_2026_REPORTED: RuleSet = {
  ...CPC_DEV_2014,
  id: 'cpc-dev-2026-reported',
  title: '发展党员工作细则修订（2026，据报道，未确认）',
  effectiveFrom: '2026-01-01',
  enabledByDefault: false,
  steps: CPC_DEV_2014.steps.map((s): StepRule => {
    if (s.step === 'candidate_designated') {
      return { ...s, requires: [...s.requires, { kind: 'publicNotice', workingDays: 5, rule: D(22) }] };
    }
    if (s.step === 'admission_meeting') {
      return {
        ...s,
        requires: [
          ...s.requires,
          { kind: 'publicNotice', workingDays: 5, rule: D(22) },
          {
            kind: 'notAfter',
            from: 'pre_review',
            interval: { months: 1 },
            severity: 'error',
            rule: D(23),
            what: '预审通过后一个月内召开支部大会',
          },
        ],
      };
    }
    if (s.step === 'oath') {
      return {
        ...s,
        requires: [
          ...s.requires,
          {
            kind: 'notAfter',
            from: 'admission_approved',
            interval: { months: 1 },
            severity: 'warning',
            rule: D(24),
            what: '审批后一个月内入党宣誓',
          },
        ],
      };
    }
    return s;
  }),
};

export const RULE_SETS: readonly RuleSet[] = [CPC_DEV_2014, CPC_DEV_2026_REPORTED];

export const DEFAULT_ENABLED_RULE_SETS: readonly string[] = RULE_SETS.filter((s) => s.enabledByDefault).map(
  (s) => s.id,
);

/** The enabled rule set in force on a date: the latest one that took effect on or before it. */
export function ruleSetFor(
  date: string,
  enabled: readonly string[] = DEFAULT_ENABLED_RULE_SETS,
  sets: readonly RuleSet[] = RULE_SETS,
): RuleSet {
  const candidates = sets
    .filter((s) => enabled.includes(s.id) && s.effectiveFrom <= date)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  return candidates[0] ?? CPC_DEV_2014;
}
