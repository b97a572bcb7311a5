import {
  chinaToday,
  OPEN_OUTFLOW_STATES,
  type OutflowDetail,
  type OutflowListQuery,
  type OutflowPage,
  type OwnOutflow,
} from '@jiceng/core';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor, RequestContext } from '../../auth/actor';
import { inScope, requireActor, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { forbidden } from '../../http/errors';
import { ownPerson } from '../persons/self-service';
import { persons } from '../persons/schema';
import {
  activitiesOf,
  inOrg,
  outflowSelect,
  outOrg,
  requireOutflow,
  sidesOf,
  toOutflow,
  type OutflowRow,
} from './queries';
import { outflows } from './schema';

function detailOf(
  row: OutflowRow,
  cipher: DataCipher,
  actor: Actor,
  today: string,
  activities: OutflowDetail['activities'],
  unmasked: boolean,
): OutflowDetail {
  const manage = sidesOf(actor, 'person.manage', row);
  return {
    ...toOutflow(row, cipher, today, unmasked),
    activities,
    mayManageOut: manage.out,
    mayManageIn: manage.in,
  };
}

/** An outflow with what both orgs recorded, for an actor already known to read it. */
export async function loadDetail(
  tx: Tx,
  cipher: DataCipher,
  actor: Actor,
  id: number,
  today: string,
): Promise<OutflowDetail> {
  const row = await requireOutflow(tx, actor, id);
  return detailOf(row, cipher, actor, today, await activitiesOf(tx, id), false);
}

/**
 * One outflow for either org (T9); 404 for anybody else. The full contact number needs `person.unmask` on
 * either side, and reading it is audited like any unmasked personal data.
 */
export async function getOutflow(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  unmasked: boolean,
): Promise<OutflowDetail> {
  const actor = requirePermission(ctx, 'person.read');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const row = await requireOutflow(tx, actor, id);
    if (unmasked) {
      const may = sidesOf(actor, 'person.unmask', row);
      if (!may.out && !may.in) throw forbidden('没有查看完整联系方式的权限');
      await recordAudit(tx, ctx, {
        action: 'outflow.contact_unmasked_viewed',
        entityType: 'outflow',
        entityId: id,
        orgId: may.out ? row.outflow.orgId : row.outflow.inflowOrgId,
        summary: { personId: row.outflow.personId },
      });
    }
    return detailOf(row, cipher, actor, today, await activitiesOf(tx, id), unmasked);
  });
}

/**
 * `out`: outflows registered by orgs in the actor's reach; `in`: outflows into them. The inflow side sees
 * members whose branch it cannot otherwise read — that is what dual management means (T9).
 */
export async function listOutflows(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  query: OutflowListQuery,
): Promise<OutflowPage> {
  const actor = requirePermission(ctx, 'person.read');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const path = query.side === 'out' ? outOrg.path : inOrg.path;
    const conditions: SQL[] = [inScope(path, scopeOf(actor, 'person.read'))];
    if (query.side === 'in') conditions.push(sql`${outflows.inflowOrgId} IS NOT NULL`);
    if (query.orgId !== undefined) {
      const under = await requireOrg(tx, actor, 'person.read', query.orgId);
      conditions.push(sql`${path} LIKE ${under.path + '%'}`);
    }
    if (query.state === 'open') conditions.push(inArray(outflows.state, [...OPEN_OUTFLOW_STATES]));
    else if (query.state) conditions.push(eq(outflows.state, query.state));
    const where = and(...conditions);
    const [count] = await tx
      .select({ total: sql<number>`count(*)::int` })
      .from(outflows)
      .innerJoin(outOrg, eq(outOrg.id, outflows.orgId))
      .leftJoin(inOrg, eq(inOrg.id, outflows.inflowOrgId))
      .where(where);
    const rows = await outflowSelect(tx)
      .where(where)
      // Waiting confirmation first, then the most recent departures.
      .orderBy(
        sql`CASE ${outflows.state} WHEN 'registered' THEN 0 WHEN 'confirmed' THEN 1 ELSE 2 END`,
        desc(outflows.outflowOn),
        desc(outflows.id),
      )
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    return {
      items: rows.map((r) => toOutflow(r, cipher, today)),
      total: count?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

/** The member's own open outflow, unmasked (it is theirs), with what both orgs recorded. */
export async function getOwnOutflow(db: Db, cipher: DataCipher, ctx: RequestContext): Promise<OwnOutflow> {
  const actor = requireActor(ctx);
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const person = await ownPerson(tx, actor.userId);
    const [row] = await outflowSelect(tx).where(
      and(eq(persons.id, person.id), inArray(outflows.state, [...OPEN_OUTFLOW_STATES])),
    );
    if (!row) return { outflow: null };
    const activities = (await activitiesOf(tx, row.outflow.id)).map((a) => ({ ...a, recordedBy: null }));
    return {
      outflow: {
        ...toOutflow(row, cipher, today, true),
        activities,
        mayManageOut: false,
        mayManageIn: false,
      },
    };
  });
}
