import { z } from 'zod';
import type { RuleViolation } from '../shared/errors';

/**
 * 村“两委”候选人资格联审: before a village committee election the candidates are vetted by several
 * departments. Local practice, not in org-life.md; the list of departments is data an org may change.
 */
export const JOINT_REVIEW_RULE = 'joint-review (local practice)';

export interface JointReviewDepartment {
  key: string;
  label: string;
}

export const DEFAULT_JOINT_REVIEW_DEPARTMENTS: readonly JointReviewDepartment[] = [
  { key: 'organization', label: '组织部门' },
  { key: 'discipline', label: '纪检监察' },
  { key: 'public_security', label: '公安' },
  { key: 'justice', label: '司法' },
  { key: 'petitions', label: '信访' },
];

export const JOINT_REVIEW_DECISIONS = ['pending', 'passed', 'objected'] as const;
export type JointReviewDecision = (typeof JOINT_REVIEW_DECISIONS)[number];

export const JOINT_REVIEW_DECISION_LABELS: Record<JointReviewDecision, string> = {
  pending: '待审查',
  passed: '通过',
  objected: '有异议',
};

export interface DepartmentDecision {
  department: string;
  decision: JointReviewDecision;
  reason?: string | null;
}

export interface JointReviewCandidate {
  personId?: number | null;
  name: string;
  decisions: readonly DepartmentDecision[];
}

/** A department with no decision on record is pending. */
export function decisionOf(
  decisions: readonly DepartmentDecision[],
  department: string,
): JointReviewDecision {
  return decisions.find((d) => d.department === department)?.decision ?? 'pending';
}

/** Cleared only when every department has passed the candidate. */
export function candidateCleared(
  decisions: readonly DepartmentDecision[],
  departments: readonly JointReviewDepartment[] = DEFAULT_JOINT_REVIEW_DEPARTMENTS,
): boolean {
  return departments.every((d) => decisionOf(decisions, d.key) === 'passed');
}

/** One violation per candidate not cleared, naming the departments that objected or have not decided. */
export function checkElectionMayBeRecorded(
  candidates: readonly JointReviewCandidate[],
  departments: readonly JointReviewDepartment[] = DEFAULT_JOINT_REVIEW_DEPARTMENTS,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  candidates.forEach((candidate, i) => {
    const objected = departments.filter((d) => decisionOf(candidate.decisions, d.key) === 'objected');
    const pending = departments.filter((d) => decisionOf(candidate.decisions, d.key) === 'pending');
    if (objected.length === 0 && pending.length === 0) return;
    const parts = [
      objected.length > 0 ? `${objected.map((d) => d.label).join('、')}有异议` : null,
      pending.length > 0 ? `${pending.map((d) => d.label).join('、')}尚未审查` : null,
    ].filter((p): p is string => p !== null);
    violations.push({
      rule: JOINT_REVIEW_RULE,
      field: `candidates.${i}`,
      message: `候选人${candidate.name}未通过资格联审：${parts.join('；')}`,
    });
  });
  return violations;
}

export const jointReviewDepartmentKeySchema = z
  .string({ message: '联审部门标识应为文字' })
  .regex(/^[a-z][a-z0-9_]{1,39}$/, {
    message: '联审部门标识应为 2–40 位小写字母、数字或下划线，并以字母开头',
  });

/** An org's own list of reviewing departments. */
export const jointReviewDepartmentsInputSchema = z
  .array(
    z.strictObject({
      key: jointReviewDepartmentKeySchema,
      label: z
        .string({ message: '联审部门名称应为文字' })
        .trim()
        .min(1, { message: '联审部门名称不能为空' })
        .max(20, { message: '联审部门名称不能超过 20 个字符' }),
    }),
  )
  .min(1, { message: '至少须有 1 个联审部门' })
  .max(20, { message: '联审部门不能超过 20 个' })
  .refine((list) => new Set(list.map((d) => d.key)).size === list.length, { message: '联审部门标识重复' });

/** What a department records for one candidate; an objection must say why. */
export const jointReviewDecisionInputSchema = z
  .strictObject({
    department: jointReviewDepartmentKeySchema,
    decision: z.enum(['passed', 'objected'], { message: '联审意见应为通过或有异议' }),
    reason: z
      .string({ message: '异议理由应为文字' })
      .trim()
      .max(500, { message: '异议理由不能超过 500 个字符' })
      .optional(),
  })
  .refine((d) => d.decision !== 'objected' || (d.reason ?? '').length > 0, {
    path: ['reason'],
    message: '有异议时须填写异议理由',
  });
export type JointReviewDecisionInput = z.infer<typeof jointReviewDecisionInputSchema>;
