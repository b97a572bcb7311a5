import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { MODEL_SITE_LEVELS, VENUE_KINDS } from './kinds';
import { optionalText, positiveId, text } from '../shared/fields';

/** Chinese names of the venue fields, for the server to merge into its field labels. */
export const VENUE_FIELD_LABELS: Record<string, string> = {
  areaSqm: '面积',
  openingHours: '开放时间',
  contactName: '联系人',
  contactPhone: '联系电话',
  purpose: '活动内容',
  usingOrgId: '使用组织',
  participants: '参加人数',
  venueId: '场所',
  practices: '特色做法',
  level: '示范点级别',
  withdrawnReason: '撤销原因',
  closed: '是否停用',
};

/** A contact number: a mobile or a landline with its area code (值班电话). */
export const venuePhoneSchema = z
  .string({ message: '联系电话应为文字' })
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, { message: '联系电话应为 11 位手机号或带区号的固定电话' });

export const venueFields = {
  orgId: positiveId('所属党组织'),
  name: text('场所名称', 60),
  kind: z.enum(VENUE_KINDS, { message: '场所类型不正确' }),
  address: text('地址', 120),
  areaSqm: z
    .number({ message: '面积应为数字' })
    .positive({ message: '面积应大于 0' })
    .max(100_000, { message: '面积不能超过 100000 平方米' })
    .multipleOf(0.1, { message: '面积最多保留一位小数' }),
  openingHours: text('开放时间', 100),
  contactName: optionalText('联系人', 30),
  contactPhone: venuePhoneSchema.nullable().optional(),
  note: optionalText('备注', 300),
};

export const venueInputSchema = z.strictObject(venueFields);
export type VenueInput = z.infer<typeof venueInputSchema>;

/** Everything but the org may change; a venue that closes is marked, never deleted (its use log stays). */
export const venueUpdateSchema = z.strictObject({
  name: venueFields.name.optional(),
  kind: venueFields.kind.optional(),
  address: venueFields.address.optional(),
  areaSqm: venueFields.areaSqm.optional(),
  openingHours: venueFields.openingHours.optional(),
  contactName: venueFields.contactName,
  contactPhone: venueFields.contactPhone,
  note: venueFields.note,
  closed: z.boolean({ message: '是否停用应为是或否' }).optional(),
});
export type VenueUpdate = z.infer<typeof venueUpdateSchema>;

export const venueUseFields = {
  date: isoDateSchema,
  purpose: text('活动内容', 100),
  usingOrgId: positiveId('使用组织'),
  participants: z
    .number({ message: '参加人数应为数字' })
    .int({ message: '参加人数应为整数' })
    .min(0, { message: '参加人数不能小于 0' })
    .max(10_000, { message: '参加人数不能超过 10000' }),
  note: optionalText('备注', 300),
};
export const venueUseInputSchema = z.strictObject(venueUseFields);
export type VenueUseInput = z.infer<typeof venueUseInputSchema>;

export const modelSiteFields = {
  /** A model site is a venue or a branch: exactly one of the two. */
  venueId: positiveId('场所').nullable().optional(),
  orgId: positiveId('党组织').nullable().optional(),
  title: text('示范点名称', 60),
  level: z.enum(MODEL_SITE_LEVELS, { message: '示范点级别应为县级或乡镇级' }),
  year: z
    .number({ message: '命名年度应为数字' })
    .int({ message: '命名年度应为整数' })
    .min(2000, { message: '命名年度应在 2000–2100 之间' })
    .max(2100, { message: '命名年度应在 2000–2100 之间' }),
  practices: text('特色做法', 5000),
};

export const modelSiteInputSchema = z.strictObject(modelSiteFields).superRefine((input, ctx) => {
  const hasVenue = input.venueId != null;
  const hasOrg = input.orgId != null;
  if (hasVenue === hasOrg) {
    ctx.addIssue({
      code: 'custom',
      path: ['venueId'],
      message: hasVenue ? '示范点只能是一个场所或一个党组织，不能同时选择' : '请选择示范点所在的场所或党组织',
    });
  }
});
export type ModelSiteInput = z.infer<typeof modelSiteInputSchema>;

export const modelSiteUpdateSchema = z.strictObject({
  title: modelSiteFields.title.optional(),
  practices: modelSiteFields.practices.optional(),
  /** Withdrawn with a reason (摘牌) rather than deleted. */
  withdrawnReason: optionalText('撤销原因', 200),
});
export type ModelSiteUpdate = z.infer<typeof modelSiteUpdateSchema>;

export const venuePhotoSchema = z.object({
  id: z.number().int(),
  contentType: z.string(),
  size: z.number().int(),
  caption: z.string().nullable(),
  url: z.string(),
});
export type VenuePhoto = z.infer<typeof venuePhotoSchema>;

export const venueSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  name: z.string(),
  kind: z.enum(VENUE_KINDS),
  kindLabel: z.string(),
  address: z.string(),
  areaSqm: z.number(),
  openingHours: z.string(),
  contactName: z.string().nullable(),
  /** Masked in lists; whole in the detail only when asked with person.unmask (and audited). */
  contactPhone: z.string().nullable(),
  note: z.string().nullable(),
  closedAt: z.string().nullable(),
  photoCount: z.number().int(),
  coverPhotoUrl: z.string().nullable(),
  usesThisYear: z.number().int(),
  lastUsedOn: z.string().nullable(),
  modelSite: z.boolean(),
});
export type Venue = z.infer<typeof venueSchema>;

export const venueUseSchema = z.object({
  id: z.number().int(),
  venueId: z.number().int(),
  date: z.string(),
  purpose: z.string(),
  usingOrgId: z.number().int(),
  usingOrgName: z.string(),
  participants: z.number().int(),
  note: z.string().nullable(),
});
export type VenueUse = z.infer<typeof venueUseSchema>;

export const modelSiteSchema = z.object({
  id: z.number().int(),
  venueId: z.number().int().nullable(),
  venueName: z.string().nullable(),
  /** The branch the site shows: the org itself, or the venue's org. */
  orgId: z.number().int(),
  orgName: z.string(),
  title: z.string(),
  level: z.enum(MODEL_SITE_LEVELS),
  levelLabel: z.string(),
  year: z.number().int(),
  practices: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  photoCount: z.number().int(),
  coverPhotoUrl: z.string().nullable(),
});
export type ModelSite = z.infer<typeof modelSiteSchema>;

export const venueDetailSchema = z.object({
  venue: venueSchema,
  photos: z.array(venuePhotoSchema),
  uses: z.array(venueUseSchema),
  modelSites: z.array(modelSiteSchema),
});
export type VenueDetail = z.infer<typeof venueDetailSchema>;

/** The model-site page: the site, its branch (secretary, members), the venue and the photos. */
export const modelSitePageSchema = z.object({
  site: modelSiteSchema,
  branch: z.object({
    orgId: z.number().int(),
    name: z.string(),
    secretaryName: z.string().nullable(),
    members: z.number().int(),
    parentName: z.string().nullable(),
  }),
  venue: venueSchema.nullable(),
  photos: z.array(venuePhotoSchema),
});
export type ModelSitePage = z.infer<typeof modelSitePageSchema>;

export const venuesQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  kind: z.enum(VENUE_KINDS).optional(),
  includeClosed: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type VenuesQuery = z.infer<typeof venuesQuerySchema>;

export const modelSitesQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  level: z.enum(MODEL_SITE_LEVELS).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ModelSitesQuery = z.infer<typeof modelSitesQuerySchema>;

export const venuePhotoCaptionSchema = optionalText('照片说明', 60);
