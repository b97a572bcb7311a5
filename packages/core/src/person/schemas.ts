import { STANDINGS } from '../movement/standing';
import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { EDUCATIONS, ETHNICITIES, OCCUPATIONS, PERSON_KINDS, SEXES, STAGES } from './enums';
import { normalizeIdNumber, validateIdNumber } from './id-number';
import { AGE_BAND_KEYS, JOIN_BAND_KEYS } from './bands';

export const idNumberSchema = z
  .string()
  .transform(normalizeIdNumber)
  .superRefine((value, ctx) => {
    const result = validateIdNumber(value);
    if (!result.valid) ctx.addIssue({ code: 'custom', message: result.reason });
  });

/** A mainland mobile number: 11 digits starting with 1 (project convention). */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^1[3-9][0-9]{9}$/, { message: '应为 11 位手机号码' });

const optionalDate = isoDateSchema.nullable().optional();

export const personFieldsSchema = z.strictObject({
  name: z.string().trim().min(1, { message: '不能为空' }).max(50, { message: '不能超过 50 个字符' }),
  idNumber: idNumberSchema,
  /** Optional: derived from the ID number; a different value is an error (id-number.md I6). */
  sex: z.enum(SEXES, { message: '应为男或女' }).optional(),
  birthDate: isoDateSchema.optional(),
  ethnicity: z.enum(ETHNICITIES as [string, ...string[]], { message: '不是有效的民族' }),
  phone: phoneSchema.nullable().optional(),
  education: z.enum(EDUCATIONS, { message: '不是有效的学历' }),
  personKind: z.enum(PERSON_KINDS, { message: '不是有效的人员类别' }),
  occupation: z.enum(OCCUPATIONS, { message: '不是有效的职业' }),
  address: z.string().trim().max(200, { message: '不能超过 200 个字符' }).nullable().optional(),
  orgId: z.number().int().positive(),
  groupId: z.number().int().positive().nullable().optional(),
});

export const personCreateSchema = personFieldsSchema.extend({
  applicationDate: optionalDate,
  activistDate: optionalDate,
  candidateDate: optionalDate,
  admissionDate: optionalDate,
  conversionDate: optionalDate,
});
export type PersonCreateInput = z.infer<typeof personCreateSchema>;

/** Stage dates are not edited in place: they come from events (corrections void an event). */
export const personUpdateSchema = personFieldsSchema.partial();
export type PersonUpdateInput = z.infer<typeof personUpdateSchema>;

export const PERSON_LIST_STANDINGS = ['active', 'suspended', 'left', 'all'] as const;
export type PersonListStanding = (typeof PERSON_LIST_STANDINGS)[number];
export const PERSON_LIST_STANDING_LABELS: Record<PersonListStanding, string> = {
  active: '正常',
  suspended: '停止党籍',
  left: '已出党或转出',
  all: '全部',
};

export const personSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  sex: z.enum(SEXES),
  birthDate: z.string(),
  ethnicity: z.string(),
  /** Masked unless the caller asked for the unmasked view and may have it. */
  idNumber: z.string(),
  phone: z.string().nullable(),
  education: z.enum(EDUCATIONS),
  personKind: z.enum(PERSON_KINDS),
  occupation: z.enum(OCCUPATIONS),
  address: z.string().nullable(),
  orgId: z.number().int(),
  orgName: z.string(),
  groupId: z.number().int().nullable(),
  groupName: z.string().nullable(),
  stage: z.enum(STAGES).nullable(),
  applicationDate: z.string().nullable(),
  activistDate: z.string().nullable(),
  candidateDate: z.string().nullable(),
  admissionDate: z.string().nullable(),
  conversionDate: z.string().nullable(),
  /** 党籍 (transfers.md T15) and what movement left on the record. */
  standing: z.enum(STANDINGS),
  standingSince: z.string().nullable(),
  lostSince: z.string().nullable(),
  transferredOutOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;

export const personListQuerySchema = z.object({
  /** A name fragment, or an exact ID number or phone number. */
  q: z.string().trim().max(50).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  stage: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',') : undefined))
    .pipe(z.array(z.enum(STAGES, { message: '不是有效的阶段' })).optional()),
  /** Whose records: counted members (default), suspended, those who left (standing or transfer), all. */
  standing: z.enum(PERSON_LIST_STANDINGS, { message: '不是有效的党籍状态' }).default('active'),
  sex: z.enum(SEXES).optional(),
  education: z.enum(EDUCATIONS).optional(),
  personKind: z.enum(PERSON_KINDS).optional(),
  occupation: z.enum(OCCUPATIONS).optional(),
  ageBand: z.enum(AGE_BAND_KEYS).optional(),
  joinBand: z.enum(JOIN_BAND_KEYS).optional(),
  sort: z.enum(['name', 'birthDate', 'admissionDate', 'org']).default('org'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type PersonListQuery = z.infer<typeof personListQuerySchema>;

export const personEventSchema = z.object({
  id: z.number().int(),
  type: z.string(),
  occurredOn: z.string(),
  orgId: z.number().int().nullable(),
  orgName: z.string().nullable(),
  recordedBy: z.string().nullable(),
  voidsEventId: z.number().int().nullable(),
  voided: z.boolean(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type PersonEvent = z.infer<typeof personEventSchema>;
