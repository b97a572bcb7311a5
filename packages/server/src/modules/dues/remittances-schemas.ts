import { idSchema } from '@jiceng/core';
import { z } from 'zod';
import { duesYearSchema } from './reports-schemas';

export const remittanceListQuerySchema = z.object({ orgId: idSchema, year: duesYearSchema });
export type RemittanceListQuery = z.infer<typeof remittanceListQuerySchema>;

const orgRef = z.object({ id: z.number().int(), name: z.string() });

/** A remittance beside what the sending org collected for its period, so a shortfall shows. */
export const remittanceViewSchema = z.object({
  id: z.number().int(),
  fromOrg: orgRef,
  toOrg: orgRef,
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
