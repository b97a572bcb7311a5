import { chinaToday, monthOf, type PointsMonthClosed, type RuleViolation } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { StepRefused } from '../development/refusal';
import { chainIdsOf } from './rules-chain';
import { pointsClosedMonths } from './schema';

const RULE = 'points.closed_month';

/** The closing of `month` by the org at `path` or any org above it, if any (the highest first). */
export async function closingOf(
  tx: Tx,
  path: string,
  month: string,
): Promise<{ orgName: string; closedOn: string } | null> {
  const ids = chainIdsOf(path);
  const rows = await tx.execute<{ org_name: string; closed_at: Date }>(
    sql`SELECT o.name AS org_name, c.closed_at
        FROM points_closed_months c JOIN orgs o ON o.id = c.org_id
        WHERE c.month = ${month} AND c.org_id IN (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})
        ORDER BY o.depth LIMIT 1`,
  );
  const row = rows.rows[0];
  return row ? { orgName: row.org_name, closedOn: chinaToday(new Date(row.closed_at)) } : null;
}

/**
 * A claim's (or a deduction's) month must be open: no org on the member's chain closed it. `refused` names
 * what may no longer be done, for the message.
 */
export async function closedMonthViolation(
  tx: Tx,
  path: string,
  month: string,
  refused = '申报',
): Promise<RuleViolation | null> {
  const closing = await closingOf(tx, path, month);
  if (!closing) return null;
  return {
    rule: RULE,
    field: 'occurredOn',
    message: `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月的积分已由${closing.orgName}于 ${closing.closedOn} 关闭，不能再${refused}`,
  };
}

/** Closes (publishes) a month's points for the org and everything below it: no claim for it afterwards. */
export async function closePointsMonth(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  month: string,
): Promise<PointsMonthClosed> {
  const actor = requirePermission(ctx, 'points.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'points.manage', orgId);
    if (month >= monthOf(chinaToday())) {
      throw new StepRefused([{ rule: RULE, field: 'month', message: '只能关闭已经结束的月份' }]);
    }
    const closing = await closingOf(tx, org.path, month);
    if (closing) {
      throw new StepRefused([
        { rule: RULE, field: 'month', message: `该月积分已由${closing.orgName}于 ${closing.closedOn} 关闭` },
      ]);
    }
    const [row] = await tx
      .insert(pointsClosedMonths)
      .values({ orgId, month, closedBy: actor.userId })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'points.month_closed',
      entityType: 'org',
      entityId: orgId,
      orgId,
      summary: { month },
    });
    return { orgId, orgName: org.name, month, closedAt: row!.closedAt.toISOString() };
  });
}
