import { z } from 'zod';
import { isBranchKind, type OrgKind } from '../org/kinds';
import { isoDateSchema } from '../org/schemas';
import { MEMBER_STAGES, type Stage } from '../person/enums';
import type { IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/errors';
import { STANDING_LABELS, type Standing } from './standing';
import { text } from '../shared/fields';

/**
 * T9: an outflow is registered by the home branch, confirmed by the inflow branch when it takes up the
 * member's daily management, and ends when the member returns.
 */
export const OUTFLOW_STATES = ['registered', 'confirmed', 'returned'] as const;
export type OutflowState = (typeof OUTFLOW_STATES)[number];

export const OUTFLOW_STATE_LABELS: Record<OutflowState, string> = {
  registered: '待流入地确认',
  confirmed: '已确认',
  returned: '已返回',
};

/** States in which the member is still away: only one such outflow per person. */
export const OPEN_OUTFLOW_STATES: readonly OutflowState[] = ['registered', 'confirmed'];

/** Landlines, extensions and foreign numbers are fine: the contact is for a person to dial, not for SMS. */
const contactSchema = z
  .string({ message: '联系方式应为电话号码' })
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{3,28}[0-9]$/, { message: '联系方式应为 5–30 位电话号码' });

/** T9: what the home branch records when a member leaves without a fixed place (T8). */
export const outflowInputSchema = z
  .strictObject({
    personId: z.number().int().positive({ message: '党员应为编号' }),
    outflowOn: isoDateSchema,
    destination: text('外出地点', 200),
    contact: contactSchema,
    /** The inflow branch, when it is in Jiceng. */
    inflowOrgId: z.number().int().positive({ message: '流入地党组织应为编号' }).optional(),
    /** The inflow org's name, when it is not in Jiceng. */
    inflowOrgName: text('流入地党组织名称', 100).optional(),
    cardNumber: text('流动党员活动证编号', 40).optional(),
    reason: z.string().trim().max(200, { message: '外出原因不能超过 200 个字符' }).optional(),
  })
  .refine((input) => input.inflowOrgId !== undefined || input.inflowOrgName !== undefined, {
    path: ['inflowOrgId'],
    message: '请选择流入地党组织或填写流入地党组织名称',
  });
export type OutflowInput = z.infer<typeof outflowInputSchema>;

export const outflowReturnInputSchema = z.strictObject({ returnedOn: isoDateSchema });
export type OutflowReturnInput = z.infer<typeof outflowReturnInputSchema>;

export interface OutflowCheck {
  stage: Stage | null;
  standing: Standing;
  /** The member's branch, which keeps the relationship (T9). */
  ownOrgId: number;
  /** The inflow org when it is in Jiceng; null when only its name is known. */
  inflow: { id: number; kind: OrgKind } | null;
  openOutflow: boolean;
  /** A transfer of this person is still requested or issued. */
  openTransfer?: boolean;
  outflowOn: IsoDate;
  today: IsoDate;
}

/** Whether an outflow may be registered. Every obstacle is returned. */
export function checkOutflow(input: OutflowCheck): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!input.stage || !MEMBER_STAGES.includes(input.stage)) {
    violations.push({ rule: 'transfers.md T8', field: 'personId', message: '不是党员，不能登记为流动党员' });
  } else if (input.standing !== 'active') {
    violations.push({
      rule: 'transfers.md T8',
      field: 'personId',
      message: `党籍状态为“${STANDING_LABELS[input.standing]}”，不能登记为流动党员`,
    });
  }
  if (input.openOutflow) {
    violations.push({
      rule: 'transfers.md T9',
      field: 'personId',
      message: '该党员已有未结束的流出登记，须先登记返回',
    });
  }
  if (input.openTransfer) {
    // The relationship is on its way to another branch; that branch decides about the member's absence.
    violations.push({
      rule: 'transfers.md T7',
      field: 'personId',
      message: '该党员有未完成的组织关系转接，须先完成或撤销',
    });
  }
  if (input.inflow) {
    if (!isBranchKind(input.inflow.kind)) {
      // T8: the member joins the activities of a branch where they are.
      violations.push({
        rule: 'transfers.md T8',
        field: 'inflowOrgId',
        message: '流入地党组织应为党支部或联合党支部',
      });
    } else if (input.inflow.id === input.ownOrgId) {
      violations.push({
        rule: 'transfers.md T9',
        field: 'inflowOrgId',
        message: '流入地党组织不能是本人所在党支部',
      });
    }
  }
  if (input.outflowOn > input.today) {
    violations.push({
      rule: 'transfers.md T9',
      field: 'outflowOn',
      message: `外出日期（${input.outflowOn}）不能晚于今天`,
    });
  }
  return violations;
}

/** Whether the return of a member away since `outflowOn` may be recorded on `returnedOn`. */
export function checkOutflowReturn(outflowOn: IsoDate, returnedOn: IsoDate, today: IsoDate): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (returnedOn > today) {
    violations.push({
      rule: 'transfers.md T9',
      field: 'returnedOn',
      message: `返回日期（${returnedOn}）不能晚于今天`,
    });
  }
  if (returnedOn < outflowOn) {
    violations.push({
      rule: 'transfers.md T9',
      field: 'returnedOn',
      message: `返回日期（${returnedOn}）不能早于外出日期（${outflowOn}）`,
      allowedFrom: outflowOn,
    });
  }
  return violations;
}
