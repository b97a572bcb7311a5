import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { REVIEW_GRADES } from '../org-life/review';
import { POINT_SOURCES } from './sources';

/** Chinese names of the points fields, for the server to merge into its field labels. */
export const POINTS_FIELD_LABELS: Record<string, string> = {
  rules: '积分细则',
  source: '积分来源',
  qualifier: '细分类别',
  points: '分值',
  monthlyCap: '每月上限',
  yearlyCap: '每年上限',
  childRange: '下级可调范围',
  minPoints: '星级分数线',
  gradeCaps: '评议等次对应的最高星级',
  occurredOn: '发生日期',
  description: '事项说明',
  evidence: '佐证材料',
  approve: '审核结果',
  decisionReason: '不同意的理由',
  publicRanking: '公开积分排名',
  basis: '扣分依据',
  revokeReason: '撤销理由',
};

const int = (label: string) => z.number({ message: `${label}应为数字` }).int({ message: `${label}应为整数` });

const cap = (label: string) =>
  int(label)
    .min(0, { message: `${label}不能小于 0` })
    .max(10_000, { message: `${label}过大` })
    .nullable();

export const pointsRuleInputSchema = z.strictObject({
  source: z.enum(POINT_SOURCES, { message: '积分来源不正确' }),
  qualifier: z.string().trim().min(1).max(50, { message: '细分类别不能超过 50 个字符' }).nullable(),
  points: int('分值').min(-1000, { message: '分值过小' }).max(1000, { message: '分值过大' }),
  monthlyCap: cap('每月上限'),
  yearlyCap: cap('每年上限'),
  childRange: z.strictObject({ min: int('下级可调范围下限'), max: int('下级可调范围上限') }).nullable(),
});
export type PointsRuleInput = z.infer<typeof pointsRuleInputSchema>;

/** An org's whole set of rules, replacing its previous set (the history is in the audit log). */
export const pointsRulesInputSchema = z.strictObject({
  rules: z
    .array(pointsRuleInputSchema, { message: '积分细则应为列表' })
    .max(100, { message: '积分细则过多' }),
});
export type PointsRulesInput = z.infer<typeof pointsRulesInputSchema>;

/** A member's claim for something Jiceng does not record (a good deed reported in the press…). */
export const pointsClaimInputSchema = z.strictObject({
  occurredOn: isoDateSchema,
  points: int('申报分值').min(1, { message: '申报分值至少为 1 分' }).max(100, { message: '申报分值过大' }),
  description: z
    .string({ message: '事项说明应为文字' })
    .trim()
    .min(4, { message: '请写明申报的事项（至少 4 个字）' })
    .max(500, { message: '事项说明不能超过 500 个字符' }),
  evidence: z.string().trim().max(500, { message: '佐证材料说明不能超过 500 个字符' }).optional(),
});
export type PointsClaimInput = z.infer<typeof pointsClaimInputSchema>;

/** The branch's answer: approved (with the points granted) or refused with a reason. */
export const pointsClaimDecisionSchema = z
  .strictObject({
    approve: z.boolean({ message: '请选择同意或不同意' }),
    points: int('认定分值').min(1, { message: '认定分值至少为 1 分' }).max(100).optional(),
    decisionReason: z.string().trim().max(500, { message: '理由不能超过 500 个字符' }).optional(),
  })
  .refine((d) => d.approve || (d.decisionReason?.length ?? 0) >= 2, {
    path: ['decisionReason'],
    message: '不同意时须写明理由',
  });
export type PointsClaimDecision = z.infer<typeof pointsClaimDecisionSchema>;

const starCount = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], {
  message: '星级应为 1 至 5',
});

export const starThresholdsInputSchema = z.strictObject({
  minPoints: z.tuple([int('二星分数线'), int('三星分数线'), int('四星分数线'), int('五星分数线')], {
    message: '星级分数线应为四个数',
  }),
  gradeCaps: z.strictObject(
    Object.fromEntries(REVIEW_GRADES.map((g) => [g, starCount])) as Record<
      (typeof REVIEW_GRADES)[number],
      typeof starCount
    >,
  ),
  /** Off by default (issue 9): no league table of individuals unless the branch turns it on. */
  publicRanking: z.boolean().optional(),
});
export type StarThresholdsInput = z.infer<typeof starThresholdsInputSchema>;
