import type { RemittanceInput } from '@jiceng/core';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import type { Db, Tx } from '../../db/connection';
import { recordAudit } from '../../audit/service';
import { notFound, ruleViolated } from '../../http/errors';
import { complianceRootOrg } from '../compliance/reach';
import { orgs } from '../orgs/schema';
import { duesRemittances } from './schema';
import type { RemittanceList, RemittanceListQuery, RemittanceView } from '@jiceng/core';

const PERIOD_SEPARATOR = '..';

/** One month is stored as itself; a period as `from..to`, so both sort and filter by their first month. */
export function periodKey(input: Pick<RemittanceInput, 'month' | 'period'>): string {
  if (input.month) return input.month;
  const { fromMonth, toMonth } = input.period!;
  return fromMonth === toMonth ? fromMonth : `${fromMonth}${PERIOD_SEPARATOR}${toMonth}`;
}

type Row = {
  id: number;
  from_id: number;
  from_name: string;
  to_id: number;
  to_name: string;
  period: string;
  amount_fen: number;
  central_voluntary_fen: number;
  remitted_on: string;
  reference: string | null;
  collected: string;
};

/** The remittances matching `where` over `r`/`f`/`t`, each with the sender's collected total of its period. */
async function loadRemittances(tx: Tx, where: SQL): Promise<RemittanceView[]> {
  const rows = await tx.execute<Row>(sql`
    SELECT r.id, f.id AS from_id, f.name AS from_name, t.id AS to_id, t.name AS to_name, r.period,
      r.amount_fen, r.central_voluntary_fen, r.remitted_on::text AS remitted_on, r.reference,
      coalesce((
        SELECT sum(mt.collected_fen) FROM dues_month_totals mt JOIN orgs o ON o.id = mt.org_id
        WHERE o.path LIKE f.path || '%'
          AND mt.month BETWEEN split_part(r.period, ${PERIOD_SEPARATOR}, 1)
            AND coalesce(nullif(split_part(r.period, ${PERIOD_SEPARATOR}, 2), ''), r.period)
      ), 0)::text AS collected
    FROM dues_remittances r
    JOIN orgs f ON f.id = r.from_org_id
    JOIN orgs t ON t.id = r.to_org_id
    WHERE ${where}
    ORDER BY r.period, f.name, r.id`);
  return rows.rows.map((r) => {
    const collectedFen = Number(r.collected);
    return {
      id: Number(r.id),
      fromOrg: { id: Number(r.from_id), name: r.from_name },
      toOrg: { id: Number(r.to_id), name: r.to_name },
      period: r.period,
      amountFen: Number(r.amount_fen),
      centralVoluntaryFen: Number(r.central_voluntary_fen),
      remittedOn: r.remitted_on,
      reference: r.reference,
      collectedFen,
      differenceFen: Number(r.amount_fen) - collectedFen,
    };
  });
}

/** A branch hands dues up to a committee above it (dues.manage on the sending org); audited. */
export async function recordRemittance(
  db: Db,
  ctx: RequestContext,
  input: RemittanceInput,
): Promise<RemittanceView> {
  const actor = requirePermission(ctx, 'dues.manage');
  return db.transaction(async (tx) => {
    const from = await requireOrg(tx, actor, 'dues.manage', input.fromOrgId);
    const [to] = await tx
      .select({ id: orgs.id, path: orgs.path, name: orgs.name })
      .from(orgs)
      .where(and(eq(orgs.id, input.toOrgId), isNull(orgs.dissolvedAt)));
    // An org the sender does not stand under is not revealed either way: same refusal for both.
    if (!to || to.id === from.id || !from.path.startsWith(to.path)) {
      throw ruleViolated({
        field: 'toOrgId',
        rule: 'dues.remit_to_ancestor',
        message: '党费只能上缴给本组织的上级党组织',
      });
    }
    // The sender's tenant: a county committee receiving from its branches stays within its own data.
    const [fromRow] = await tx
      .select({ tenantOrgId: orgs.tenantOrgId })
      .from(orgs)
      .where(eq(orgs.id, from.id));
    const period = periodKey(input);
    const [created] = await tx
      .insert(duesRemittances)
      .values({
        tenantOrgId: fromRow!.tenantOrgId,
        fromOrgId: from.id,
        toOrgId: to.id,
        period,
        amountFen: input.amountFen,
        centralVoluntaryFen: input.centralVoluntaryFen ?? 0,
        remittedOn: input.remittedOn,
        reference: input.reference,
        recordedBy: actor.userId,
      })
      .returning({ id: duesRemittances.id });
    await recordAudit(tx, ctx, {
      action: 'dues.remitted',
      entityType: 'dues_remittance',
      entityId: created!.id,
      orgId: from.id,
      summary: {
        fromOrg: from.name,
        toOrg: to.name,
        period,
        amountFen: input.amountFen,
        centralVoluntaryFen: input.centralVoluntaryFen ?? 0,
        remittedOn: input.remittedOn,
        reference: input.reference,
        ...(input.note ? { note: input.note } : {}),
      },
    });
    const [view] = await loadRemittances(tx, sql`r.id = ${created!.id}`);
    if (!view) throw notFound('上缴记录');
    return view;
  });
}

/** Remittances of the year sent or received by orgs in reach under `orgId`. */
export async function listRemittances(
  db: Db,
  ctx: RequestContext,
  query: RemittanceListQuery,
): Promise<RemittanceList> {
  const actor = requirePermission(ctx, 'dues.read');
  const scope = scopeOf(actor, 'dues.read');
  return db.transaction(async (tx) => {
    const root = await complianceRootOrg(tx, scope, query.orgId);
    const under = (alias: 'f' | 't') =>
      sql`(${sql.raw(alias)}.path LIKE ${root.path + '%'} AND ${inScope(sql.raw(`${alias}.path`), scope)})`;
    const items = await loadRemittances(
      tx,
      sql`r.period LIKE ${`${query.year}-%`} AND (${under('f')} OR ${under('t')})`,
    );
    return { items };
  });
}
