import { z } from 'zod';
import { duesMonthSchema } from '../dues/schemas';
import { idSchema } from '../org/schemas';
import { pointsToTenths } from './ranking';

/** 考核月份: `YYYY-MM`, the same format as a dues month. */
export const assessmentMonthSchema = duesMonthSchema;

export const assessmentMonthInputSchema = z.strictObject({
  orgId: z.number({ message: '请选择党组织' }).int().positive({ message: '请选择党组织' }),
  month: assessmentMonthSchema,
});
export type AssessmentMonthInput = z.infer<typeof assessmentMonthInputSchema>;

export const assessmentBoardQuerySchema = z.object({ orgId: idSchema, month: assessmentMonthSchema });
export type AssessmentBoardQuery = z.infer<typeof assessmentBoardQuerySchema>;

export const assessmentYearQuerySchema = z.object({
  orgId: idSchema,
  year: z.coerce
    .number({ message: '年度应为数字' })
    .int({ message: '年度应为整数' })
    .min(2000, { message: '年度不能早于 2000 年' })
    .max(2100, { message: '年度不能晚于 2100 年' }),
});
export type AssessmentYearQuery = z.infer<typeof assessmentYearQuerySchema>;

export const assessmentScoreParamsSchema = z.object({
  branchId: idSchema,
  month: assessmentMonthSchema,
  itemKey: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: '考核项目标识不正确' }),
});
export type AssessmentScoreParams = z.infer<typeof assessmentScoreParamsSchema>;

/** A hand score: points with at most one decimal, within 0 and the item's maximum (checked by the server). */
export const assessmentScoreInputSchema = z.strictObject({
  score: z
    .number({ message: '得分应为数字' })
    .min(0, { message: '得分不能小于 0' })
    .refine((s) => pointsToTenths(s) !== null, { message: '得分最多保留一位小数' }),
  evidence: z
    .string({ message: '请填写评分依据和佐证材料' })
    .trim()
    .min(2, { message: '请填写评分依据和佐证材料（至少 2 个字）' })
    .max(500, { message: '评分依据和佐证材料不能超过 500 个字' }),
});
export type AssessmentScoreInput = z.infer<typeof assessmentScoreInputSchema>;

/** Chinese names of the assessment fields, for error messages that name the field. */
export const ASSESSMENT_FIELD_LABELS: Record<string, string> = {
  items: '考核项目',
  maxScore: '满分',
  metric: '评分方式',
  score: '得分',
  evidence: '评分依据和佐证材料',
  itemKey: '考核项目',
  branchId: '支部',
  month: '考核月份',
};
