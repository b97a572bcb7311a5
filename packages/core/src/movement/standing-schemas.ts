import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { STAGES } from '../person/enums';
import { pageOf, pageQuerySchema } from '../shared/paging';
import { STANDING_CHANGES, STANDINGS } from './standing';

/** T10: the lost member was reached again; the search ends. */
export const contactRegainedInputSchema = z.strictObject({
  date: isoDateSchema,
  note: z.string().trim().max(500, { message: '备注不能超过 500 个字符' }).optional(),
});
export type ContactRegainedInput = z.infer<typeof contactRegainedInputSchema>;

/** One recorded standing change (T15), as the person page and the recent-changes list show it. */
export const standingChangeViewSchema = z.object({
  eventId: z.number().int(),
  change: z.enum(STANDING_CHANGES),
  date: z.string(),
  decidingOrgId: z.number().int().nullable(),
  decidingOrgName: z.string().nullable(),
  decisionRef: z.string().nullable(),
  approvingOrgName: z.string().nullable(),
  note: z.string().nullable(),
  /** Recorded as development step D19 rather than here. */
  fromDevelopment: z.boolean(),
  recordedBy: z.string().nullable(),
});
export type StandingChangeView = z.infer<typeof standingChangeViewSchema>;

/** One recorded attempt to reach a lost member (T10). */
export const contactSearchViewSchema = z.object({
  eventId: z.number().int(),
  date: z.string(),
  method: z.string(),
  result: z.string(),
  recordedBy: z.string().nullable(),
});
export type ContactSearchView = z.infer<typeof contactSearchViewSchema>;

/** A person's standing with the dates the rules derive from it (T10–T12, T15). */
export const standingViewSchema = z.object({
  personId: z.number().int(),
  stage: z.enum(STAGES).nullable(),
  standing: z.enum(STANDINGS),
  standingSince: z.string().nullable(),
  /** Lost contact since (T10); null when not lost. */
  lostSince: z.string().nullable(),
  lostNote: z.string().nullable(),
  /** T10: the first day the standing of the lost member may be suspended. */
  suspensionDueOn: z.string().nullable(),
  /** The start of the current suspension; null unless suspended. */
  suspendedOn: z.string().nullable(),
  /** T12: the last day a suspended member may be restored. */
  restorationDeadline: z.string().nullable(),
  /** T11: from this day removal is due for a suspended member. */
  removalDueOn: z.string().nullable(),
  /** Live (not voided) standing changes, oldest first. */
  changes: z.array(standingChangeViewSchema),
  /** Live searches of the current lost period (or of the latest one), oldest first. */
  searches: z.array(contactSearchViewSchema),
});
export type StandingView = z.infer<typeof standingViewSchema>;

export const movementListQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().optional(),
});
export type MovementListQuery = z.infer<typeof movementListQuerySchema>;

/** A lost member on the lost-contact list; `due` puts them on the suspension list (T10). */
export const lostContactRowSchema = z.object({
  personId: z.number().int(),
  name: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  stage: z.enum(STAGES).nullable(),
  lostSince: z.string(),
  searchCount: z.number().int(),
  lastSearchOn: z.string().nullable(),
  suspensionDueOn: z.string(),
  due: z.boolean(),
});
export type LostContactRow = z.infer<typeof lostContactRowSchema>;

export const lostContactListSchema = z.object({
  today: z.string(),
  rows: z.array(lostContactRowSchema),
});
export type LostContactList = z.infer<typeof lostContactListSchema>;

/** A suspended member; `due` once the 2 years of T11 have run: code raises the case, people decide. */
export const removalDueRowSchema = z.object({
  personId: z.number().int(),
  name: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  stage: z.enum(STAGES).nullable(),
  suspendedOn: z.string(),
  restorationDeadline: z.string(),
  removalDueOn: z.string(),
  due: z.boolean(),
});
export type RemovalDueRow = z.infer<typeof removalDueRowSchema>;

export const removalDueListSchema = z.object({
  today: z.string(),
  rows: z.array(removalDueRowSchema),
});
export type RemovalDueList = z.infer<typeof removalDueListSchema>;

export const standingChangeListQuerySchema = pageQuerySchema.extend({
  orgId: z.coerce.number().int().positive().optional(),
  change: z.enum(STANDING_CHANGES, { message: '不是有效的党籍异动类别' }).optional(),
});
export type StandingChangeListQuery = z.infer<typeof standingChangeListQuerySchema>;

export const standingChangeRowSchema = standingChangeViewSchema.extend({
  personId: z.number().int(),
  name: z.string(),
  orgName: z.string(),
});
export type StandingChangeRow = z.infer<typeof standingChangeRowSchema>;

export const standingChangePageSchema = pageOf(standingChangeRowSchema);
export type StandingChangePage = z.infer<typeof standingChangePageSchema>;
