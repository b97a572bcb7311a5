import {
  amountDueFor,
  duesRuleSetFor,
  firstDayOf,
  hardshipFor,
  MEMBER_STAGES,
  type MonthKey,
} from '@jiceng/core';
import { sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { effectiveBases, startMonthOf, type StoredBase } from './member-dues';

/** Rows per statement: one JSON parameter each, small enough to keep memory flat for a county. */
const CHUNK = 5000;
/** How many members without a base the answer names; the count covers them all. */
const MISSING_LISTED = 200;

export interface DueRow {
  personId: number;
  month: MonthKey;
  tenantOrgId: number;
  orgId: number;
  orgPath: string;
  amountFen: number;
  hardship: boolean;
}

export interface GenerateResult {
  month: MonthKey;
  members: number;
  generated: number;
  missingBase: number;
  missingBasePersons: { id: number; name: string; orgId: number; personKind: string }[];
}

interface MemberRow extends Record<string, unknown> {
  id: number;
  name: string;
  org_id: number;
  org_path: string;
  tenant_org_id: number;
  person_kind: string;
  admission_date: string | null;
}

/** Counted members of the subtree who owe dues for the month (F9: from the month of admission). */
export function membersWhere(scope: SQL, prefix: string | null, month: MonthKey): SQL {
  const stages = sql.join(
    MEMBER_STAGES.map((s) => sql`${s}`),
    sql`, `,
  );
  return sql`p.stage IN (${stages}) AND p.standing = 'active' AND p.transferred_out_on IS NULL
    AND ${scope} ${prefix ? sql`AND p.org_path LIKE ${prefix + '%'}` : sql``}
    AND (p.admission_date IS NULL OR p.admission_date < (${firstDayOf(month)}::date + interval '1 month'))`;
}

/** Writes due rows; a month already paid keeps the amount it was collected at, an unchanged row is left alone. */
export async function upsertDueRows(tx: Tx, rows: readonly DueRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await tx.execute(sql`
      INSERT INTO dues_due (person_id, month, tenant_org_id, org_id, org_path, amount_fen, hardship)
      SELECT x."personId", x.month, x."tenantOrgId", x."orgId", x."orgPath", x."amountFen", x.hardship
      FROM json_to_recordset(${JSON.stringify(chunk)}::json) AS x("personId" integer, month text,
        "tenantOrgId" integer, "orgId" integer, "orgPath" text, "amountFen" integer, hardship boolean)
      ON CONFLICT (person_id, month) DO UPDATE SET amount_fen = excluded.amount_fen,
        org_id = excluded.org_id, org_path = excluded.org_path, hardship = excluded.hardship,
        generated_at = now()
      WHERE (dues_due.amount_fen, dues_due.org_id, dues_due.hardship)
          IS DISTINCT FROM (excluded.amount_fen, excluded.org_id, excluded.hardship)
        AND NOT EXISTS (SELECT 1 FROM dues_payments dp WHERE dp.person_id = dues_due.person_id
          AND dp.month = dues_due.month AND dp.kind = 'regular' AND dp.active)`);
  }
}

/**
 * Issue 8: a month's ledger for a subtree. Four set-based reads (members, each one's latest base in effect,
 * hardship decisions covering the month, branch settings), the amounts from core in memory, then bulk
 * writes — a county of 50k members is a handful of statements, not one per person.
 */
export async function generateLedger(
  db: Db,
  ctx: RequestContext,
  input: { orgId?: number; month: MonthKey },
): Promise<GenerateResult> {
  const actor = requirePermission(ctx, 'dues.manage');
  const { month } = input;
  return db.transaction(async (tx) => {
    const prefix = input.orgId ? (await requireOrg(tx, actor, 'dues.manage', input.orgId)).path : null;
    const result = await generateIn(
      tx,
      inScope(sql`p.org_path`, scopeOf(actor, 'dues.manage')),
      prefix,
      month,
    );
    await recordAudit(tx, ctx, {
      action: 'dues.ledger_generated',
      entityType: 'org',
      entityId: input.orgId ?? null,
      orgId: input.orgId ?? null,
      summary: {
        month,
        members: result.members,
        generated: result.generated,
        missingBase: result.missingBase,
      },
    });
    return result;
  });
}

/** The month's ledger for the members within `scope` (and under `prefix`), without access checks or audit. */
export async function generateIn(
  tx: Tx,
  scope: SQL,
  prefix: string | null,
  month: MonthKey,
): Promise<GenerateResult> {
  const where = membersWhere(scope, prefix, month);
  const members = (
    await tx.execute<MemberRow>(sql`SELECT p.id, p.name, p.org_id, p.org_path, p.tenant_org_id,
      p.person_kind, p.admission_date::text AS admission_date FROM persons p WHERE ${where}`)
  ).rows;
  const bases = (
    await tx.execute<StoredBase & Record<string, unknown> & { personId: number }>(sql`
      SELECT DISTINCT ON (b.person_id) b.id, b.person_id AS "personId", b.year, b.person_kind AS "personKind",
        b.monthly_income_fen AS "monthlyIncomeFen", b.fixed_amount_fen AS "fixedAmountFen",
        b.effective_from_month AS "effectiveFromMonth"
      FROM dues_bases b JOIN persons p ON p.id = b.person_id
      WHERE ${where} AND b.effective_from_month <= ${month}
      ORDER BY b.person_id, b.effective_from_month DESC, b.id DESC`)
  ).rows;
  const hardships = (
    await tx.execute<{
      personId: number;
      fromMonth: string;
      toMonth: string;
      reducedAmountFen: number;
      decidedOn: string;
      approvedByOrgName: string;
    }>(sql`
      SELECT h.person_id AS "personId", h.from_month AS "fromMonth", h.to_month AS "toMonth",
        h.reduced_amount_fen AS "reducedAmountFen", h.decided_on::text AS "decidedOn",
        h.approved_by_org_name AS "approvedByOrgName"
      FROM dues_hardships h JOIN persons p ON p.id = h.person_id
      WHERE ${where} AND h.from_month <= ${month} AND h.to_month >= ${month}`)
  ).rows;
  const settings = (
    await tx.execute<{ orgId: number; fen: number }>(sql`
      SELECT s.org_id AS "orgId", s.farmer_amount_fen AS fen FROM branch_dues_settings s
      WHERE s.org_id IN (SELECT DISTINCT p.org_id FROM persons p WHERE ${where})`)
  ).rows;

  const baseOf = new Map(bases.map((b) => [b.personId, b]));
  const hardshipsOf = new Map<number, typeof hardships>();
  for (const h of hardships) hardshipsOf.set(h.personId, [...(hardshipsOf.get(h.personId) ?? []), h]);
  const farmerOf = new Map(settings.map((s) => [s.orgId, s.fen]));
  const ruleSet = duesRuleSetFor(firstDayOf(month));

  const rows: DueRow[] = [];
  const missing: GenerateResult['missingBasePersons'] = [];
  let missingBase = 0;
  for (const m of members) {
    const stored = baseOf.get(m.id);
    const effective = effectiveBases(
      m.person_kind,
      startMonthOf(m.admission_date),
      stored ? [stored] : [],
      farmerOf.get(m.org_id) ?? null,
    );
    const own = hardshipsOf.get(m.id) ?? [];
    const due = amountDueFor(month, effective, own, ruleSet);
    if (!due) {
      missingBase += 1;
      if (missing.length < MISSING_LISTED) {
        missing.push({ id: m.id, name: m.name, orgId: m.org_id, personKind: m.person_kind });
      }
      continue;
    }
    rows.push({
      personId: m.id,
      month,
      tenantOrgId: m.tenant_org_id,
      orgId: m.org_id,
      orgPath: m.org_path,
      amountFen: due.amountFen,
      hardship: hardshipFor(month, own) !== null,
    });
  }
  await upsertDueRows(tx, rows);
  return {
    month,
    members: members.length,
    generated: rows.length,
    missingBase,
    missingBasePersons: missing,
  };
}
