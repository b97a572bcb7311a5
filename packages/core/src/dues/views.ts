import { z } from 'zod';
import { orgKindSchema } from '../org/schemas';
import { ruleViolationSchema } from '../development/schemas';
import { DUES_MONTH_STATUSES } from './ledger';

/** What the dues API answers with, shared so the web reads the same shapes the server checks. */

const monthRunSchema = z.object({ from: z.string(), to: z.string(), months: z.number() }).nullable();

export const duesArrearsSchema = z.object({
  unpaidMonths: z.array(z.string()),
  currentRun: monthRunSchema,
  consecutiveUnpaid: z.number(),
  longestUnexplainedRun: monthRunSchema,
  reminderDue: z.boolean(),
  isRemovalCase: z.boolean(),
});

export const duesLedgerRowSchema = z.object({
  month: z.string(),
  dueFen: z.number().nullable(),
  paidFen: z.number(),
  owedFen: z.number(),
  status: z.enum(DUES_MONTH_STATUSES),
  paymentIds: z.array(z.number()),
});

export const duesPaymentSchema = z.object({
  id: z.number(),
  personId: z.number(),
  orgId: z.number(),
  month: z.string(),
  amountFen: z.number(),
  /** regular / reversal / voluntary (F8). */
  kind: z.string(),
  reversesId: z.number().nullable(),
  active: z.boolean(),
  method: z.string().nullable(),
  paidOn: z.string(),
  receiptNumber: z.string().nullable(),
  reason: z.string().nullable(),
});
export type DuesPaymentView = z.infer<typeof duesPaymentSchema>;

export const duesBaseSchema = z.object({
  id: z.number(),
  personId: z.number(),
  year: z.number(),
  personKind: z.string(),
  monthlyIncomeFen: z.number().nullable(),
  fixedAmountFen: z.number().nullable(),
  effectiveFromMonth: z.string(),
  note: z.string().nullable(),
  /** What the base gives for its first month, so the form shows the quote it stored. */
  amountFen: z.number().nullable(),
});
export type DuesBaseView = z.infer<typeof duesBaseSchema>;

export const duesHardshipSchema = z.object({
  id: z.number(),
  personId: z.number(),
  fromMonth: z.string(),
  toMonth: z.string(),
  reducedAmountFen: z.number(),
  reason: z.string(),
  decidedOn: z.string(),
  approvedOn: z.string().nullable(),
  approvedByOrgName: z.string(),
  decisionRef: z.string().nullable(),
});
export type DuesHardshipView = z.infer<typeof duesHardshipSchema>;

export const DUES_DECLARATION_STATUSES = ['pending', 'verified', 'returned'] as const;
export const DUES_DECLARATION_STATUS_LABELS: Record<(typeof DUES_DECLARATION_STATUSES)[number], string> = {
  pending: '待支部核定',
  verified: '已核定',
  returned: '已退回',
};

/** A member's own declaration of income (F10) and what the branch made of it. */
export const duesDeclarationSchema = z.object({
  id: z.number(),
  personId: z.number(),
  year: z.number(),
  monthlyIncomeFen: z.number(),
  effectiveFromMonth: z.string(),
  note: z.string().nullable(),
  status: z.enum(DUES_DECLARATION_STATUSES),
  /** What the declared income gives per month under the rule set in force. */
  amountFen: z.number().nullable(),
  decisionReason: z.string().nullable(),
  createdAt: z.string(),
});
export type DuesDeclarationView = z.infer<typeof duesDeclarationSchema>;

export const memberDuesSchema = z.object({
  personId: z.number(),
  name: z.string(),
  personKind: z.string(),
  startMonth: z.string(),
  farmerAmountFen: z.number().nullable(),
  bases: z.array(duesBaseSchema.omit({ amountFen: true })),
  hardships: z.array(duesHardshipSchema),
  payments: z.array(duesPaymentSchema),
  ledger: z.array(duesLedgerRowSchema),
  arrears: duesArrearsSchema,
  /** The current month's row: what is due now. */
  dueNow: duesLedgerRowSchema.nullable(),
  totals: z.object({ dueFen: z.number(), paidFen: z.number(), owedFen: z.number() }),
  paidUpTo: z.string().nullable(),
  /** The member's declarations of income, newest first. */
  declarations: z.array(duesDeclarationSchema),
});
export type MemberDuesView = z.infer<typeof memberDuesSchema>;

export const duesPaidUpToViewSchema = z.object({ personId: z.number(), paidUpTo: z.string().nullable() });
export type DuesPaidUpToView = z.infer<typeof duesPaidUpToViewSchema>;

export const duesGeneratedSchema = z.object({
  month: z.string(),
  members: z.number(),
  generated: z.number(),
  missingBase: z.number(),
  missingBasePersons: z.array(
    z.object({ id: z.number(), name: z.string(), orgId: z.number(), personKind: z.string() }),
  ),
});
export type DuesGenerated = z.infer<typeof duesGeneratedSchema>;

export const duesPaidSchema = z.object({ payments: z.array(duesPaymentSchema), totalFen: z.number() });
export type DuesPaid = z.infer<typeof duesPaidSchema>;
export const duesBulkPaidSchema = duesPaidSchema.extend({ month: z.string(), count: z.number() });
export type DuesBulkPaid = z.infer<typeof duesBulkPaidSchema>;

/** A collection round refused as a whole: each member who could not be marked, with the reasons. */
export const duesBulkRefusalSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    failures: z.array(
      z.object({
        /** Null when the person is not one the collector may act on: the name is not revealed. */
        personId: z.number(),
        name: z.string().nullable(),
        violations: z.array(ruleViolationSchema),
      }),
    ),
  }),
});
export type DuesBulkRefusal = z.infer<typeof duesBulkRefusalSchema>;

export const duesArrearsItemSchema = duesArrearsSchema.extend({
  personId: z.number(),
  name: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  owedFen: z.number(),
  /** Where the branch records the outcome (除名 and the rest): the person's 党籍 tab. Code removes no one. */
  standingPath: z.string(),
});
export const duesArrearsListSchema = z.object({
  throughMonth: z.string(),
  items: z.array(duesArrearsItemSchema),
});
export type DuesArrearsList = z.infer<typeof duesArrearsListSchema>;
export type DuesArrearsItem = z.infer<typeof duesArrearsItemSchema>;

/** Dues reports cover one calendar year of months; the bounds keep a typo from scanning nothing for long. */
export const duesYearSchema = z.coerce
  .number({ message: '年度应为数字' })
  .int({ message: '年度应为整数' })
  .min(2008, { message: '年度不能早于 2008 年' })
  .max(2100, { message: '年度不正确' });

export const duesSummaryQuerySchema = z.object({
  orgId: z.coerce.number().int().positive(),
  year: duesYearSchema,
});
export type DuesSummaryQuery = z.infer<typeof duesSummaryQuerySchema>;

/**
 * Due against collected. `members` counts ledger rows (people for a month, person-months for a year),
 * `paidMembers` the active regular payments among the same; voluntary payments (F8) are shown apart.
 */
export const duesFiguresSchema = z.object({
  dueFen: z.number().int(),
  collectedFen: z.number().int(),
  voluntaryFen: z.number().int(),
  members: z.number().int(),
  paidMembers: z.number().int(),
});
export type DuesFigures = z.infer<typeof duesFiguresSchema>;

const orgRefSchema = z.object({ id: z.number().int(), name: z.string(), kind: orgKindSchema });

export const duesSummarySchema = z.object({
  year: z.number().int(),
  org: orgRefSchema,
  months: z.array(duesFiguresSchema.extend({ month: z.string() })),
  /** Per direct child within reach; `self` is the root's own members (a "直属" row). */
  children: z.array(duesFiguresSchema.extend({ org: orgRefSchema, self: z.boolean() })),
  totals: duesFiguresSchema,
});
export type DuesSummary = z.infer<typeof duesSummarySchema>;

export const remittanceListQuerySchema = z.object({
  orgId: z.coerce.number().int().positive(),
  year: duesYearSchema,
});
export type RemittanceListQuery = z.infer<typeof remittanceListQuerySchema>;

const plainOrgRef = z.object({ id: z.number().int(), name: z.string() });

/** A remittance beside what the sending org collected for its period, so a shortfall shows. */
export const remittanceViewSchema = z.object({
  id: z.number().int(),
  fromOrg: plainOrgRef,
  toOrg: plainOrgRef,
  /** `YYYY-MM`, or `YYYY-MM..YYYY-MM` for a period of months. */
  period: z.string(),
  amountFen: z.number().int(),
  centralVoluntaryFen: z.number().int(),
  remittedOn: z.string(),
  reference: z.string().nullable(),
  /** Active regular payments in the sending org's subtree for the months of the period. */
  collectedFen: z.number().int(),
  /** amountFen − collectedFen: negative when less was handed up than was collected. */
  differenceFen: z.number().int(),
});
export type RemittanceView = z.infer<typeof remittanceViewSchema>;

export const remittanceListSchema = z.object({ items: z.array(remittanceViewSchema) });
export type RemittanceList = z.infer<typeof remittanceListSchema>;

export const duesRosterQuerySchema = z.object({
  orgId: z.coerce
    .number({ message: '党组织应为编号' })
    .int({ message: '党组织应为编号' })
    .positive({ message: '党组织应为编号' }),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM' }),
});
export type DuesRosterQuery = z.infer<typeof duesRosterQuerySchema>;

/** One member in a branch's collection round for a month. */
export const duesRosterItemSchema = z.object({
  personId: z.number(),
  name: z.string(),
  personKind: z.string(),
  /** Null when the month's ledger has no row for the person (not generated, or no base yet). */
  dueFen: z.number().nullable(),
  hardship: z.boolean(),
  /** The active regular payment for the month, if any. */
  payment: duesPaymentSchema.nullable(),
  /** Consecutive unpaid months up to last month, for the collector's eye (F12). */
  consecutiveUnpaid: z.number(),
});
export type DuesRosterItem = z.infer<typeof duesRosterItemSchema>;

/**
 * A branch's members for one month with what each owes and whether it is paid. Totals are the ledger's:
 * rows and active regular payments booked to the org, as the dues summary counts them; `dueFen` 0 (F7
 * exempt) needs no payment and is not unpaid. `generated`: the month's ledger has rows for the org.
 */
export const duesRosterSchema = z.object({
  org: z.object({ id: z.number(), name: z.string() }),
  month: z.string(),
  generated: z.boolean(),
  items: z.array(duesRosterItemSchema),
  totals: z.object({
    members: z.number(),
    dueFen: z.number(),
    paidMembers: z.number(),
    collectedFen: z.number(),
    unpaidMembers: z.number(),
    outstandingFen: z.number(),
  }),
});
export type DuesRoster = z.infer<typeof duesRosterSchema>;
