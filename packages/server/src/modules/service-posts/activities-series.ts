import {
  addDays,
  generateRangeViolation,
  MAX_GENERATE_DAYS,
  occurrenceDates,
  type ActivityOccurrence,
  type ActivitySeries,
  type ActivitySeriesInput,
  type ActivitySeriesUpdate,
  type IsoDate,
} from '@jiceng/core';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { diff, recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { badRequest, conflict, notFound } from '../../http/errors';
import { StepRefused } from '../development/refusal';
import { orgs } from '../orgs/schema';
import { loadOccurrences, loadOneSeries, loadSeries } from './activities-views';
import { tenantOf } from './posts';
import { activityOccurrences, activitySeries } from './schema';

type SeriesRow = typeof activitySeries.$inferSelect;

/** A series, after checking the actor may act on its org with `permission` (outside reach: not found). */
export async function requireSeries(
  tx: Tx,
  ctx: RequestContext,
  id: number,
  permission: 'service.read' | 'service.manage',
  lock = false,
): Promise<SeriesRow> {
  const actor = requirePermission(ctx, permission);
  const query = tx.select().from(activitySeries).where(eq(activitySeries.id, id));
  const [series] = lock ? await query.for('update') : await query;
  if (!series) throw notFound('活动');
  await requireOrg(tx, actor, permission, series.orgId).catch((error: { status?: number }) => {
    throw error.status === 404 ? notFound('活动') : error;
  });
  return series;
}

/** Adds the series' missing occurrences from `from` to `to` (within its own start and end); answers how many. */
async function generate(tx: Tx, series: SeriesRow, from: IsoDate, to: IsoDate): Promise<number> {
  const start = from > series.startsOn ? from : series.startsOn;
  const end = series.endsOn !== null && series.endsOn < to ? series.endsOn : to;
  const dates = occurrenceDates(series.recurrence, start, end);
  if (dates.length === 0) return 0;
  const inserted = await tx
    .insert(activityOccurrences)
    .values(
      dates.map((heldOn) => ({
        tenantOrgId: series.tenantOrgId,
        seriesId: series.id,
        orgId: series.orgId,
        heldOn,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: activityOccurrences.id });
  return inserted.length;
}

/** A year ahead from the later of the start and today: what a new or re-ruled series is planned for. */
const planningRange = (series: SeriesRow, today: IsoDate): [IsoDate, IsoDate] => {
  const from = series.startsOn > today ? series.startsOn : today;
  return [from, addDays(from, MAX_GENERATE_DAYS - 1)];
};

/** A recurring activity of an org; its dates for the coming year are planned at once. */
export async function createSeries(
  db: Db,
  ctx: RequestContext,
  input: ActivitySeriesInput,
  today: IsoDate,
): Promise<ActivitySeries> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'service.manage', input.orgId);
    const [series] = await tx
      .insert(activitySeries)
      .values({
        tenantOrgId: await tenantOf(tx, org.id),
        orgId: org.id,
        title: input.title,
        description: input.description || null,
        place: input.place,
        recurrence: input.recurrence,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        hoursCredited: input.hoursCredited,
        capacity: input.capacity ?? null,
        createdBy: actor.userId,
      })
      .returning();
    const planned = await generate(tx, series!, ...planningRange(series!, today));
    await recordAudit(tx, ctx, {
      action: 'activity_series.created',
      entityType: 'activity_series',
      entityId: series!.id,
      orgId: org.id,
      summary: {
        after: { title: input.title, recurrence: input.recurrence, startsOn: input.startsOn, planned },
      },
    });
    return loadOneSeries(tx, series!.id);
  });
}

/**
 * Edits a series. A new rule or period replans the dates to come: future dates that no longer fit are
 * dropped unless someone signed up or photos were added (those stay), and the new dates are added.
 */
export async function updateSeries(
  db: Db,
  ctx: RequestContext,
  id: number,
  input: ActivitySeriesUpdate,
  today: IsoDate,
): Promise<ActivitySeries> {
  requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const series = await requireSeries(tx, ctx, id, 'service.manage', true);
    const startsOn = input.startsOn ?? series.startsOn;
    const endsOn = input.endsOn === undefined ? series.endsOn : input.endsOn;
    if (endsOn !== null && endsOn < startsOn)
      throw badRequest('结束日期（endsOn）不能早于开始日期', 'endsOn');
    const change = diff(series as Record<string, unknown>, {
      title: input.title,
      description: input.description === undefined ? undefined : input.description || null,
      place: input.place,
      recurrence: input.recurrence,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      hoursCredited: input.hoursCredited,
      capacity: input.capacity,
      state: input.state,
    });
    if (Object.keys(change.after).length === 0) return loadOneSeries(tx, id);
    const [updated] = await tx
      .update(activitySeries)
      .set({ ...change.after, updatedAt: new Date() })
      .where(eq(activitySeries.id, id))
      .returning();
    const replan = ['recurrence', 'startsOn', 'endsOn', 'state'].some((key) => key in change.after);
    if (replan) {
      const keep = updated!.state === 'active' ? new Set(futureDates(updated!, today)) : new Set<string>();
      const { rows } = await tx.execute<{ held_on: string }>(
        sql`SELECT o.held_on::text FROM activity_occurrences o
             WHERE o.series_id = ${id} AND o.held_on > ${today} AND o.state = 'planned'
               AND NOT EXISTS (SELECT 1 FROM activity_signups s WHERE s.occurrence_id = o.id)
               AND NOT EXISTS (SELECT 1 FROM activity_photos p WHERE p.occurrence_id = o.id)`,
      );
      const drop = rows.map((r) => r.held_on).filter((d) => !keep.has(d));
      if (drop.length) {
        await tx.execute(
          sql`DELETE FROM activity_occurrences WHERE series_id = ${id}
               AND held_on IN (${sql.join(
                 drop.map((d) => sql`${d}::date`),
                 sql`, `,
               )})`,
        );
      }
      if (updated!.state === 'active')
        await generate(tx, updated!, ...planningRange(updated!, addDays(today, 1)));
    }
    await recordAudit(tx, ctx, {
      action: 'activity_series.updated',
      entityType: 'activity_series',
      entityId: id,
      orgId: series.orgId,
      summary: change,
    });
    return loadOneSeries(tx, id);
  });
}

function futureDates(series: SeriesRow, today: IsoDate): IsoDate[] {
  const [from, to] = planningRange(series, addDays(today, 1));
  const end = series.endsOn !== null && series.endsOn < to ? series.endsOn : to;
  return occurrenceDates(series.recurrence, from, end);
}

export async function listSeries(db: Db, ctx: RequestContext, orgId: number): Promise<ActivitySeries[]> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'service.read', orgId);
    return loadSeries(
      tx,
      and(sql`${orgs.path} LIKE ${org.path + '%'}`, inScope(orgs.path, scopeOf(actor, 'service.read'))),
    );
  });
}

/** Plans the series' dates over a range (at most a year); dates already planned are kept. */
export async function generateOccurrences(
  db: Db,
  ctx: RequestContext,
  id: number,
  range: { from: IsoDate; to: IsoDate },
): Promise<ActivityOccurrence[]> {
  requirePermission(ctx, 'service.manage');
  const violation = generateRangeViolation(range.from, range.to);
  if (violation) throw new StepRefused([violation]);
  return db.transaction(async (tx) => {
    const series = await requireSeries(tx, ctx, id, 'service.manage', true);
    if (series.state !== 'active') throw conflict(`活动“${series.title}”已结束，不能再安排日期`);
    const added = await generate(tx, series, range.from, range.to);
    if (added > 0) {
      await recordAudit(tx, ctx, {
        action: 'activity_series.planned',
        entityType: 'activity_series',
        entityId: id,
        orgId: series.orgId,
        summary: { after: { from: range.from, to: range.to, added } },
      });
    }
    return loadOccurrences(
      tx,
      and(
        eq(activityOccurrences.seriesId, id),
        gte(activityOccurrences.heldOn, range.from),
        lte(activityOccurrences.heldOn, range.to),
      ),
    );
  });
}

export async function listOccurrences(
  db: Db,
  ctx: RequestContext,
  id: number,
  range: { from?: IsoDate | undefined; to?: IsoDate | undefined },
): Promise<ActivityOccurrence[]> {
  requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    await requireSeries(tx, ctx, id, 'service.read');
    return loadOccurrences(
      tx,
      and(
        eq(activityOccurrences.seriesId, id),
        range.from ? gte(activityOccurrences.heldOn, range.from) : undefined,
        range.to ? lte(activityOccurrences.heldOn, range.to) : undefined,
      ),
    );
  });
}
