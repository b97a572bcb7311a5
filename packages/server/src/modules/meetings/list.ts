import type { MeetingDetail, MeetingListQuery, MeetingPage } from '@jiceng/core';
import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import type { Db } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { meetingSelect, requireMeeting } from './access';
import { meetings } from './schema';
import { detailOf, toMeetings } from './views';

/** Meetings of the orgs in reach (or of one org's subtree), the latest first. */
export async function listMeetings(
  db: Db,
  ctx: RequestContext,
  query: MeetingListQuery,
): Promise<MeetingPage> {
  const actor = requirePermission(ctx, 'meeting.read');
  return db.transaction(async (tx) => {
    const conditions: SQL[] = [inScope(orgs.path, scopeOf(actor, 'meeting.read'))];
    if (query.orgId !== undefined) {
      const under = await requireOrg(tx, actor, 'meeting.read', query.orgId);
      conditions.push(sql`${orgs.path} LIKE ${under.path + '%'}`);
    }
    if (query.from) conditions.push(gte(meetings.plannedOn, query.from));
    if (query.to) conditions.push(lte(meetings.plannedOn, query.to));
    if (query.kind) conditions.push(eq(meetings.kind, query.kind));
    if (query.state) conditions.push(eq(meetings.state, query.state));
    const where = and(...conditions);
    const [count] = await tx
      .select({ total: sql<number>`count(*)::int` })
      .from(meetings)
      .innerJoin(orgs, eq(orgs.id, meetings.orgId))
      .where(where);
    const rows = await meetingSelect(tx)
      .where(where)
      .orderBy(desc(meetings.plannedOn), desc(meetings.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    return {
      items: await toMeetings(tx, rows),
      total: count?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

export async function getMeeting(db: Db, ctx: RequestContext, id: number): Promise<MeetingDetail> {
  const actor = requirePermission(ctx, 'meeting.read');
  return db.transaction(async (tx) =>
    detailOf(tx, actor, await requireMeeting(tx, actor, 'meeting.read', id)),
  );
}
