import { z } from 'zod';
import { isValidIsoDate } from '../shared/dates';
import { ORG_KINDS } from './kinds';
import { POST_KINDS } from './posts';
import { TERM_YEARS_MAX, TERM_YEARS_MIN } from './term';
import { UNIT_KINDS } from './unit-kinds';

export const ORG_NAME_MAX = 100;
export const ORG_CODE_MAX = 40;

export const isoDateSchema = z
  .string()
  .refine(isValidIsoDate, { message: '日期格式应为 YYYY-MM-DD 且为真实日期' });

export const orgNameSchema = z
  .string()
  .trim()
  .min(1, { message: '不能为空' })
  .max(ORG_NAME_MAX, { message: `不能超过 ${ORG_NAME_MAX} 个字符` });

export const orgCodeSchema = z
  .string()
  .trim()
  .min(1, { message: '不能为空' })
  .max(ORG_CODE_MAX, { message: `不能超过 ${ORG_CODE_MAX} 个字符` })
  .regex(/^[A-Za-z0-9_-]+$/, { message: '只能包含字母、数字、下划线和连字符' });

export const orgKindSchema = z.enum(ORG_KINDS, { message: '不是有效的组织类别' });
export const unitKindSchema = z.enum(UNIT_KINDS, { message: '不是有效的单位类别' });
export const postKindSchema = z.enum(POST_KINDS, { message: '不是有效的职务' });
export const termYearsSchema = z
  .number()
  .int()
  .min(TERM_YEARS_MIN, { message: `应为 ${TERM_YEARS_MIN}–${TERM_YEARS_MAX} 年` })
  .max(TERM_YEARS_MAX, { message: `应为 ${TERM_YEARS_MIN}–${TERM_YEARS_MAX} 年` });

export const idSchema = z.coerce.number().int().positive();

export const orgCreateSchema = z.strictObject({
  parentId: z.number().int().positive().nullable(),
  kind: orgKindSchema,
  name: orgNameSchema,
  code: orgCodeSchema.nullable().optional(),
  unitKind: unitKindSchema.nullable().optional(),
  mayApproveAdmissions: z.boolean().optional(),
  termStartedOn: isoDateSchema.nullable().optional(),
  termYears: termYearsSchema.optional(),
});
export type OrgCreateInput = z.infer<typeof orgCreateSchema>;

export const orgUpdateSchema = z.strictObject({
  name: orgNameSchema.optional(),
  code: orgCodeSchema.nullable().optional(),
  unitKind: unitKindSchema.nullable().optional(),
  mayApproveAdmissions: z.boolean().optional(),
  termStartedOn: isoDateSchema.nullable().optional(),
  termYears: termYearsSchema.optional(),
});
export type OrgUpdateInput = z.infer<typeof orgUpdateSchema>;

export const orgMoveSchema = z.strictObject({
  parentId: z.number().int().positive(),
});
export type OrgMoveInput = z.infer<typeof orgMoveSchema>;

export const orgSchema = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  path: z.string(),
  depth: z.number().int(),
  kind: orgKindSchema,
  name: z.string(),
  code: z.string().nullable(),
  unitKind: unitKindSchema.nullable(),
  mayApproveAdmissions: z.boolean(),
  termStartedOn: z.string().nullable(),
  termYears: z.number().int(),
  termEndsOn: z.string().nullable(),
  termStatus: z.enum(['none', 'current', 'ending_soon', 'expired']),
  termDaysLeft: z.number().int().nullable(),
  childCount: z.number().int(),
  createdAt: z.string(),
});
export type Org = z.infer<typeof orgSchema>;

export const orgSummarySchema = orgSchema.pick({
  id: true,
  parentId: true,
  kind: true,
  name: true,
  code: true,
  childCount: true,
  termStatus: true,
});
export type OrgSummary = z.infer<typeof orgSummarySchema>;

export const orgSearchQuerySchema = z.object({
  q: z.string().trim().min(1, { message: '不能为空' }).max(ORG_NAME_MAX),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const orgSearchHitSchema = orgSummarySchema.extend({
  pathNames: z.array(z.string()),
});
export type OrgSearchHit = z.infer<typeof orgSearchHitSchema>;

export const orgPostCreateSchema = z
  .strictObject({
    post: postKindSchema,
    /** The holder's person record; the name is then taken from it. */
    personId: z.number().int().positive().nullable().optional(),
    /** Only for a holder not (yet) on record. */
    holderName: z
      .string()
      .trim()
      .min(1, { message: '不能为空' })
      .max(50, { message: '不能超过 50 个字符' })
      .optional(),
    startedOn: isoDateSchema.nullable().optional(),
  })
  .refine((p) => p.personId != null || p.holderName !== undefined, {
    path: ['holderName'],
    message: '请选择任职人员或填写姓名',
  });
export type OrgPostCreateInput = z.infer<typeof orgPostCreateSchema>;

export const orgPostSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  post: postKindSchema,
  holderName: z.string(),
  personId: z.number().int().nullable(),
  startedOn: z.string().nullable(),
});
export type OrgPost = z.infer<typeof orgPostSchema>;
