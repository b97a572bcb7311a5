import {
  arrears,
  chinaToday,
  type DuesArrearsList as ArrearsList,
  MEMBER_STAGES,
  monthOf,
  type MonthKey,
  previousMonth,
} from '@jiceng/core';
import { sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requirePermission, scopeOf } from '../../auth/access';
import type { Db, Tx } from '../../db/connection';

interface DueRow extends Record<string, unknown> {
  person_id: number;
  name: string;
  org_id: number;
  org_name: string;
  month: string;
  amount_fen: number;
  reason: boolean;
  paid: boolean;
}

/**
 * Members of a subtree with unpaid generated months up to last month, with the reminder (3) and the F12
 * flag (6 consecutive without a recorded reason; a hardship decision or request covering a month is one).
 * An org outside the reach gives an empty list, as every list does.
 */
export async function arrearsList(
  db: Db,
  ctx: RequestContext,
  query: { orgId?: number },
): Promise<ArrearsList> {
  const actor = requirePermission(ctx, 'dues.read');
  const through = previousMonth(monthOf(chinaToday()));
  const items = await arrearsIn(
    db,
    inScope(sql`p.org_path`, scopeOf(actor, 'dues.read')),
    query.orgId,
    through,
  );
  return { throughMonth: through, items };
}

/** The arrears of the counted members within `scope` (and under `orgId`) through a month, unchecked. */
export async function arrearsIn(
  db: Db | Tx,
  scope: SQL,
  orgId: number | undefined,
  through: MonthKey,
): Promise<ArrearsList['items']> {
  const stages = sql.join(
    MEMBER_STAGES.map((s) => sql`${s}`),
    sql`, `,
  );
  const subtree = orgId
    ? sql`AND p.org_path LIKE (SELECT o.path FROM orgs o WHERE o.id = ${orgId}) || '%'`
    : sql``;
  const { rows } = await db.execute<DueRow>(sql`
    SELECT d.person_id, p.name, p.org_id, o.name AS org_name, d.month, d.amount_fen,
      (d.hardship OR EXISTS (SELECT 1 FROM dues_hardships h WHERE h.person_id = d.person_id
        AND d.month BETWEEN h.from_month AND h.to_month)) AS reason,
      EXISTS (SELECT 1 FROM dues_payments dp WHERE dp.person_id = d.person_id AND dp.month = d.month
        AND dp.kind = 'regular' AND dp.active) AS paid
    FROM persons p JOIN orgs o ON o.id = p.org_id JOIN dues_due d ON d.person_id = p.id
    WHERE p.stage IN (${stages}) AND p.standing = 'active' AND p.transferred_out_on IS NULL
      AND ${scope} ${subtree}
      AND d.month <= ${through} AND d.amount_fen > 0
      AND EXISTS (SELECT 1 FROM dues_due u WHERE u.person_id = p.id AND u.month <= ${through}
        AND u.amount_fen > 0 AND NOT EXISTS (SELECT 1 FROM dues_payments up WHERE up.person_id = u.person_id
          AND up.month = u.month AND up.kind = 'regular' AND up.active))
    ORDER BY d.person_id, d.month`);
  const byPerson = new Map<number, DueRow[]>();
  for (const row of rows) byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), row]);
  const items: ArrearsList['items'] = [];
  for (const [personId, list] of byPerson) {
    const first = list[0]!;
    const reasonMonths = list.filter((r) => r.reason).map((r) => r.month);
    const result = arrears(
      list.map((r) => r.month),
      list.filter((r) => r.paid).map((r) => r.month),
      through,
      reasonMonths,
    );
    const unpaid = new Set(result.unpaidMonths);
    items.push({
      personId,
      name: first.name,
      orgId: first.org_id,
      orgName: first.org_name,
      owedFen: list.filter((r) => unpaid.has(r.month)).reduce((s, r) => s + r.amount_fen, 0),
      standingPath: `/persons/${personId}/standing`,
      ...result,
    });
  }
  items.sort((a, b) => b.consecutiveUnpaid - a.consecutiveUnpaid || a.personId - b.personId);
  return items;
}
