import {
  chinaToday,
  DEFAULT_RULES_NAME,
  MEMBER_STAGES,
  POINT_SOURCE_LABELS,
  POINT_SOURCES,
  ruleFor,
  type MyPointsView,
  type PersonPointsView,
  type PointSource,
} from '@jiceng/core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireActor, requirePermission } from '../../auth/access';
import { requirePerson, type PersonRow } from '../../auth/person-access';
import type { Db, Tx } from '../../db/connection';
import { AppError } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { ownPerson } from '../persons/self-service';
import { claimsWhere } from './claim-views';
import { refLabels } from './ref-labels';
import { rulesInForceAt } from './rules-chain';
import { pointEntries, pointsClaims } from './schema';

const sourceOf = (value: string): PointSource =>
  (POINT_SOURCES as readonly string[]).includes(value) ? (value as PointSource) : 'manual';

/** A member's stored entries of a year with the record and rule behind each, and the monthly totals. */
export async function loadPersonPoints(
  tx: Tx,
  person: Pick<PersonRow, 'id' | 'name'>,
  year: number,
): Promise<PersonPointsView> {
  const rows = await tx
    .select()
    .from(pointEntries)
    .where(and(eq(pointEntries.personId, person.id), eq(pointEntries.year, year)))
    .orderBy(asc(pointEntries.occurredOn), asc(pointEntries.id));
  const labels = await refLabels(tx, rows);
  const ruleOrgIds = [...new Set(rows.flatMap((r) => (r.ruleOrgId === null ? [] : [r.ruleOrgId])))];
  const orgNames = new Map(
    ruleOrgIds.length
      ? (
          await tx.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, ruleOrgIds))
        ).map((o) => [o.id, o.name])
      : [],
  );
  const months = new Map<string, number>();
  for (let m = 1; m <= 12; m += 1) months.set(`${year}-${String(m).padStart(2, '0')}`, 0);
  for (const r of rows) months.set(r.month, (months.get(r.month) ?? 0) + r.points);
  return {
    personId: person.id,
    name: person.name,
    year,
    total: rows.reduce((sum, r) => sum + r.points, 0),
    months: [...months].map(([month, points]) => ({ month, points })),
    entries: rows.map((r) => {
      const source = sourceOf(r.source);
      return {
        id: r.id,
        occurredOn: r.occurredOn,
        month: r.month,
        source,
        sourceLabel: POINT_SOURCE_LABELS[source],
        qualifier: r.qualifier,
        ruleKey: r.ruleKey,
        ruleOrgId: r.ruleOrgId,
        ruleOrgName:
          r.ruleOrgId === null ? DEFAULT_RULES_NAME : (orgNames.get(r.ruleOrgId) ?? '已撤销的组织'),
        units: r.units,
        rawPoints: r.rawPoints,
        points: r.points,
        capped: r.capped,
        refType: r.refType,
        refId: r.refId,
        refLabel: labels.get(`${r.refType}:${r.refId}`) ?? '记录已删除',
      };
    }),
  };
}

const isMember = (stage: string | null) =>
  stage !== null && (MEMBER_STAGES as readonly string[]).includes(stage);

export async function getPersonPoints(
  db: Db,
  ctx: RequestContext,
  personId: number,
  year: number,
): Promise<PersonPointsView> {
  const actor = requirePermission(ctx, 'points.read');
  return db.transaction(async (tx) => {
    const { person } = await requirePerson(tx, actor, 'points.read', personId);
    return loadPersonPoints(tx, person, year);
  });
}

/** The member on the phone: this year's points, the own claims, and the rule that bounds a claim. */
export async function getMyPoints(db: Db, ctx: RequestContext, year?: number): Promise<MyPointsView> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const person = await ownPerson(tx, actor.userId);
    if (!isMember(person.stage)) {
      throw new AppError(404, 'not_found', '党员（含预备党员）才有积分，您的档案没有积分');
    }
    const view = await loadPersonPoints(tx, person, year ?? Number(chinaToday().slice(0, 4)));
    const manualRule = ruleFor(await rulesInForceAt(tx, person.orgPath), 'manual', null) ?? null;
    return {
      ...view,
      claims: await claimsWhere(tx, eq(pointsClaims.personId, person.id), 100),
      manualRule,
    };
  });
}
