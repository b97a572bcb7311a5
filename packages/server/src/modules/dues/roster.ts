import {
  arrears,
  chinaToday,
  monthOf,
  previousMonth,
  type DuesRoster,
  type DuesRosterItem,
  type DuesRosterQuery,
} from '@jiceng/core';
import { and, eq, inArray } from 'drizzle-orm';
import { sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import type { Db, Tx } from '../../db/connection';
import { membersWhere } from './generate';
import { duesPayments } from './schema';
import { paymentView } from './views';

interface PersonLine extends Record<string, unknown> {
  id: number;
  name: string;
  person_kind: string;
  /** The org the month's ledger row belongs to, null without a row. */
  due_org_id: number | null;
  amount_fen: number | null;
  hardship: boolean;
}

interface HistoryLine extends Record<string, unknown> {
  person_id: number;
  month: string;
  reason: boolean;
  paid: boolean;
}

/**
 * Who the round is about: the org's counted members for the month — the very set ledger generation bills —
 * and anyone whose ledger row or payment for the month is booked to the org although they have left or moved
 * since, so the list always adds up to what the ledger says.
 */
function rosterIds(orgId: number, path: string, month: string, scope: SQL): SQL {
  return sql`SELECT p.id FROM persons p WHERE ${membersWhere(scope, path, month)} AND p.org_id = ${orgId}
    UNION SELECT d.person_id FROM dues_due d WHERE d.month = ${month} AND d.org_id = ${orgId}
    UNION SELECT dp.person_id FROM dues_payments dp WHERE dp.month = ${month} AND dp.org_id = ${orgId}
      AND dp.kind = 'regular' AND dp.active`;
}

/** Consecutive unpaid months up to `through` for each person, as the arrears list counts them (F12). */
async function consecutiveUnpaid(tx: Tx, ids: SQL, through: string): Promise<Map<number, number>> {
  const { rows } = await tx.execute<HistoryLine>(sql`
    SELECT d.person_id, d.month,
      (d.hardship OR EXISTS (SELECT 1 FROM dues_hardships h WHERE h.person_id = d.person_id
        AND d.month BETWEEN h.from_month AND h.to_month)) AS reason,
      EXISTS (SELECT 1 FROM dues_payments dp WHERE dp.person_id = d.person_id AND dp.month = d.month
        AND dp.kind = 'regular' AND dp.active) AS paid
    FROM dues_due d
    WHERE d.person_id IN (${ids}) AND d.month <= ${through} AND d.amount_fen > 0
    ORDER BY d.person_id, d.month`);
  const byPerson = new Map<number, HistoryLine[]>();
  for (const row of rows) byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), row]);
  const result = new Map<number, number>();
  for (const [personId, list] of byPerson) {
    const counted = arrears(
      list.map((r) => r.month),
      list.filter((r) => r.paid).map((r) => r.month),
      through,
      list.filter((r) => r.reason).map((r) => r.month),
    );
    result.set(personId, counted.consecutiveUnpaid);
  }
  return result;
}

/** Owing first (what the collector came for), then without a ledger row, then paid, then exempt. */
function rank(item: DuesRosterItem): number {
  if (item.payment) return 2;
  if (item.dueFen === null) return 1;
  return item.dueFen > 0 ? 0 : 3;
}

const byName = (a: DuesRosterItem, b: DuesRosterItem) =>
  rank(a) - rank(b) || a.name.localeCompare(b.name, 'zh-CN') || a.personId - b.personId;

/**
 * The totals the ledger gives, attributed as the dues summary attributes them: ledger rows booked to the org
 * (members, due) and active regular payments booked to it (paid members, collected). For a branch they equal
 * the month's row of GET /api/dues/summary. A month due 0 (F7 exempt) needs no payment and is not unpaid.
 */
export function rosterTotals(orgId: number, items: readonly DuesRosterItem[]): DuesRoster['totals'] {
  const totals = {
    members: 0,
    dueFen: 0,
    paidMembers: 0,
    collectedFen: 0,
    unpaidMembers: 0,
    outstandingFen: 0,
  };
  for (const item of items) {
    if (item.dueFen !== null) {
      totals.members += 1;
      totals.dueFen += item.dueFen;
      if (!item.payment && item.dueFen > 0) {
        totals.unpaidMembers += 1;
        totals.outstandingFen += item.dueFen;
      }
    }
    if (item.payment && item.payment.orgId === orgId) {
      totals.paidMembers += 1;
      totals.collectedFen += item.payment.amountFen;
    }
  }
  return totals;
}

/**
 * Issue 8: a branch's collection round for one month — each member with the amount the ledger bills, the
 * month's payment, the hardship mark and the run of unpaid months up to last month. An org outside the
 * actor's reach answers 404, as the bulk payment this list feeds does.
 */
export async function getDuesRoster(
  db: Db,
  ctx: RequestContext,
  query: DuesRosterQuery,
): Promise<DuesRoster> {
  const actor = requirePermission(ctx, 'dues.read');
  const scope = scopeOf(actor, 'dues.read');
  const { month } = query;
  const through = previousMonth(monthOf(chinaToday()));
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'dues.read', query.orgId);
    const ids = rosterIds(org.id, org.path, month, inScope(sql`p.org_path`, scope));
    const { rows: people } = await tx.execute<PersonLine>(sql`
      SELECT p.id, p.name, p.person_kind, d.org_id AS due_org_id, d.amount_fen,
        coalesce(d.hardship, EXISTS (SELECT 1 FROM dues_hardships h WHERE h.person_id = p.id
          AND ${month} BETWEEN h.from_month AND h.to_month)) AS hardship
      FROM persons p LEFT JOIN dues_due d ON d.person_id = p.id AND d.month = ${month}
      WHERE p.id IN (${ids})`);
    const personIds = people.map((p) => Number(p.id));
    const payments = personIds.length
      ? await tx
          .select()
          .from(duesPayments)
          .where(
            and(
              inArray(duesPayments.personId, personIds),
              eq(duesPayments.month, month),
              eq(duesPayments.kind, 'regular'),
              eq(duesPayments.active, true),
            ),
          )
      : [];
    const paymentOf = new Map(payments.map((p) => [p.personId, p]));
    const runs = await consecutiveUnpaid(tx, ids, through);

    const items = people
      .map((p): DuesRosterItem => {
        const id = Number(p.id);
        const payment = paymentOf.get(id);
        return {
          personId: id,
          name: p.name,
          personKind: p.person_kind,
          // A row booked to another org (moved in since the month was generated) is that org's to collect.
          dueFen: p.amount_fen !== null && Number(p.due_org_id) === org.id ? Number(p.amount_fen) : null,
          hardship: p.hardship,
          payment: payment ? paymentView(payment) : null,
          consecutiveUnpaid: runs.get(id) ?? 0,
        };
      })
      .sort(byName);
    const totals = rosterTotals(org.id, items);
    return { org: { id: org.id, name: org.name }, month, generated: totals.members > 0, items, totals };
  });
}
