import {
  chinaToday,
  fundBalanceFen,
  grantViolation,
  type FundContributionInput,
  type FundEntryKind,
  type FundGrantInput,
  type FundLedger,
} from '@jiceng/core';
import { asc, eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { badRequest } from '../../http/errors';
import { StepRefused } from '../development/refusal';
import { users } from '../users/schema';
import { lockFund, requireHousehold, tenantOf } from './access';
import { mutualAidEntries, pairingHouseholds } from './schema';

async function ledgerOf(tx: Tx, org: { id: number; name: string }): Promise<FundLedger> {
  const rows = await tx
    .select({ e: mutualAidEntries, headName: pairingHouseholds.headName, recordedByName: users.displayName })
    .from(mutualAidEntries)
    .leftJoin(pairingHouseholds, eq(pairingHouseholds.id, mutualAidEntries.householdId))
    .leftJoin(users, eq(users.id, mutualAidEntries.recordedBy))
    .where(eq(mutualAidEntries.orgId, org.id))
    .orderBy(asc(mutualAidEntries.occurredOn), asc(mutualAidEntries.id));
  let balance = 0;
  let contributed = 0;
  let granted = 0;
  const entries = rows.map(({ e, headName, recordedByName }) => {
    const kind = e.kind as FundEntryKind;
    if (kind === 'contribution') contributed += e.amountFen;
    else granted += e.amountFen;
    balance += kind === 'contribution' ? e.amountFen : -e.amountFen;
    return {
      id: e.id,
      kind,
      amountFen: e.amountFen,
      occurredOn: e.occurredOn,
      contributorName: e.contributorName,
      householdId: e.householdId,
      headName,
      purpose: e.purpose,
      approvedBy: e.approvedBy,
      note: e.note,
      recordedByName,
      balanceAfterFen: balance,
    };
  });
  return {
    orgId: org.id,
    orgName: org.name,
    contributedFen: contributed,
    grantedFen: granted,
    balanceFen: balance,
    // Newest first, as a ledger is read; each row keeps the balance after it.
    entries: entries.reverse(),
  };
}

export async function getFund(db: Db, ctx: RequestContext, orgId: number): Promise<FundLedger> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => ledgerOf(tx, await requireOrg(tx, actor, 'service.read', orgId)));
}

function checkDate(occurredOn: string): void {
  if (occurredOn > chinaToday()) throw badRequest('日期（occurredOn）不能晚于今天', 'occurredOn');
}

export async function recordContribution(
  db: Db,
  ctx: RequestContext,
  input: FundContributionInput,
): Promise<FundLedger> {
  const actor = requirePermission(ctx, 'service.manage');
  checkDate(input.occurredOn);
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'service.manage', input.orgId);
    if (input.contributorPersonId) await requirePerson(tx, actor, 'person.read', input.contributorPersonId);
    await lockFund(tx, org.id);
    const [row] = await tx
      .insert(mutualAidEntries)
      .values({
        tenantOrgId: await tenantOf(tx, org.id),
        orgId: org.id,
        kind: 'contribution',
        amountFen: input.amountFen,
        occurredOn: input.occurredOn,
        contributorName: input.contributorName,
        contributorPersonId: input.contributorPersonId ?? null,
        note: input.note || null,
        recordedBy: actor.userId,
      })
      .returning({ id: mutualAidEntries.id });
    await recordAudit(tx, ctx, {
      action: 'pairing.fund_contribution',
      entityType: 'mutual_aid_entry',
      entityId: row!.id,
      orgId: org.id,
      summary: {
        after: {
          contributorName: input.contributorName,
          amountFen: input.amountFen,
          occurredOn: input.occurredOn,
        },
      },
    });
    return ledgerOf(tx, org);
  });
}

/**
 * Grants from an org's fund to a household in its subtree. The ledger is locked first, so two grants at once
 * cannot both spend the same balance; a grant over the balance is refused naming it (pairing.fund_balance).
 */
export async function recordGrant(db: Db, ctx: RequestContext, input: FundGrantInput): Promise<FundLedger> {
  const actor = requirePermission(ctx, 'service.manage');
  checkDate(input.occurredOn);
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'service.manage', input.orgId);
    const { household, orgPath } = await requireHousehold(tx, actor, 'service.read', input.householdId);
    if (!orgPath.startsWith(org.path)) {
      throw badRequest(`受助帮扶对象（householdId）应在“${org.name}”及其下级组织中`, 'householdId');
    }
    if (household.closedOn) {
      throw badRequest(`该帮扶对象已于 ${household.closedOn} 退出帮扶，不能发放互助金`, 'householdId');
    }
    await lockFund(tx, org.id);
    const entries = await tx
      .select({ kind: mutualAidEntries.kind, amountFen: mutualAidEntries.amountFen })
      .from(mutualAidEntries)
      .where(eq(mutualAidEntries.orgId, org.id));
    const balance = fundBalanceFen(entries as { kind: FundEntryKind; amountFen: number }[]);
    const violation = grantViolation(balance, input.amountFen);
    if (violation) throw new StepRefused([violation]);
    const [row] = await tx
      .insert(mutualAidEntries)
      .values({
        tenantOrgId: await tenantOf(tx, org.id),
        orgId: org.id,
        kind: 'grant',
        amountFen: input.amountFen,
        occurredOn: input.occurredOn,
        householdId: household.id,
        purpose: input.purpose,
        approvedBy: input.approvedBy,
        note: input.note || null,
        recordedBy: actor.userId,
      })
      .returning({ id: mutualAidEntries.id });
    await recordAudit(tx, ctx, {
      action: 'pairing.fund_grant',
      entityType: 'mutual_aid_entry',
      entityId: row!.id,
      orgId: org.id,
      summary: {
        after: {
          householdId: household.id,
          amountFen: input.amountFen,
          purpose: input.purpose,
          approvedBy: input.approvedBy,
        },
        balanceBeforeFen: balance,
      },
    });
    return ledgerOf(tx, org);
  });
}
