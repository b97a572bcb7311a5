import {
  awardKindLabel,
  chinaToday,
  isBranchKind,
  POINT_SOURCE_LABELS,
  type StarBoard,
  type OrgKind,
  type PointSource,
  type StarCount,
} from '@jiceng/core';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection';
import type { RequestContext } from '../../auth/actor';
import { requireActor, requireOrg, requirePermission, type ScopedOrg } from '../../auth/access';
import { notFound } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { ownPerson } from '../persons/self-service';
import { refuseIfAny } from '../reviews/refused';
import { starRatings } from './schema';
import { ratedMembers } from './stars-members';
import { thresholdsForPaths } from './stars-settings';

/** How many point sources the board names as the branch's contributions. */
const TOP_SOURCES = 3;

/** The year a board opens on: the latest the branch confirmed, else this year (provisional). */
async function defaultYear(tx: Tx, orgId: number): Promise<number> {
  const [latest] = await tx
    .select({ year: starRatings.year })
    .from(starRatings)
    .where(eq(starRatings.orgId, orgId))
    .orderBy(desc(starRatings.year))
    .limit(1);
  return latest?.year ?? Number(chinaToday().slice(0, 4));
}

/** The year's awards (not revoked) to the branch and its members, by kind in the order first conferred. */
async function awardsOf(tx: Tx, org: ScopedOrg, personIds: number[], year: number) {
  const persons = personIds.length ? sql`a.person_id IN (${sql.join(personIds, sql`, `)})` : sql`false`;
  const result = await tx.execute<{ kind: string; name: string }>(sql`
    SELECT a.kind, COALESCE(p.name, o.name) AS name
    FROM awards a
    LEFT JOIN persons p ON p.id = a.person_id
    LEFT JOIN orgs o ON o.id = a.org_id
    WHERE a.year = ${year} AND a.revoked_at IS NULL
      AND ((a.org_id = ${org.id} AND a.person_id IS NULL) OR ${persons})
    ORDER BY a.conferred_on, a.id`);
  const byKind = new Map<string, string[]>();
  for (const r of result.rows) {
    const names = byKind.get(r.kind) ?? [];
    if (!names.includes(r.name)) names.push(r.name);
    byKind.set(r.kind, names);
  }
  return [...byKind].map(([kind, names]) => ({ kind: awardKindLabel(kind), names }));
}

async function topSourcesOf(tx: Tx, personIds: number[], year: number) {
  if (personIds.length === 0) return [];
  const result = await tx.execute<{ source: string; points: number; members: number }>(sql`
    SELECT source, sum(points)::int AS points, count(DISTINCT person_id)::int AS members
    FROM point_entries
    WHERE year = ${year} AND person_id IN (${sql.join(personIds, sql`, `)})
    GROUP BY source HAVING sum(points) > 0
    ORDER BY 2 DESC, source LIMIT ${TOP_SOURCES}`);
  return result.rows.map((r) => ({
    source: r.source,
    label: POINT_SOURCE_LABELS[r.source as PointSource] ?? r.source,
    points: Number(r.points),
    members: Number(r.members),
  }));
}

/** Competition ranking (1, 2, 2, 4) by points. */
function ranked(rows: { name: string; points: number; stars: StarCount }[]) {
  const sorted = [...rows].sort((a, b) => b.points - a.points || a.name.localeCompare(b.name, 'zh-CN'));
  return sorted.map((r) => ({ rank: sorted.findIndex((s) => s.points === r.points) + 1, ...r }));
}

/**
 * A branch's public board (公示栏): names by stars (confirmed ratings, or the live ones while the year is
 * not confirmed), the year's awards and the sources that earned the branch most points. Names only —
 * never an ID number, a phone or a record id. A ranked list of individuals only if the branch's settings
 * turn public ranking on (issue 9).
 */
async function loadBoard(tx: Tx, org: ScopedOrg, requestedYear: number | undefined): Promise<StarBoard> {
  if (!isBranchKind(org.kind as OrgKind)) {
    refuseIfAny([
      { rule: 'points.board.branch', field: 'orgId', message: '公示栏按党支部发布，请选择党支部' },
    ]);
  }
  const year = requestedYear ?? (await defaultYear(tx, org.id));
  const members = await ratedMembers(tx, org.path, year);
  const shown = members.map((m) => ({
    name: m.name,
    stars: m.confirmed?.stars ?? m.rating.stars,
    points: m.confirmed?.points ?? m.points,
  }));
  const confirmed = members.length > 0 && members.every((m) => m.confirmed !== null);
  const lastConfirmed = members
    .map((m) => m.confirmed?.confirmedAt ?? '')
    .sort()
    .at(-1);
  const personIds = members.map((m) => m.personId);
  // Members sit in the branch itself (groups are not where membership is held): one set in force.
  const settings = (await thresholdsForPaths(tx, [org.path])).get(org.path)!;
  return {
    orgId: org.id,
    orgName: org.name,
    year,
    confirmed,
    publishedOn: confirmed && lastConfirmed ? chinaToday(new Date(lastConfirmed)) : chinaToday(),
    memberCount: members.length,
    totalPoints: shown.reduce((sum, m) => sum + m.points, 0),
    levels: ([5, 4, 3, 2, 1] as const).map((stars) => ({
      stars,
      names: shown.filter((m) => m.stars === stars).map((m) => m.name),
    })),
    awards: await awardsOf(tx, org, personIds, year),
    topSources: await topSourcesOf(tx, personIds, year),
    publicRanking: settings.publicRanking,
    ranking: settings.publicRanking ? ranked(shown) : null,
  };
}

export async function getBoard(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  year: number | undefined,
): Promise<StarBoard> {
  const actor = requirePermission(ctx, 'points.read');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'points.read', orgId);
    return loadBoard(tx, org, year);
  });
}

/** The board of the member's own branch: what any member may see on the branch's wall. */
export async function getMyBoard(db: Db, ctx: RequestContext, year: number | undefined): Promise<StarBoard> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const person = await ownPerson(tx, actor.userId);
    const [org] = await tx
      .select({ id: orgs.id, path: orgs.path, kind: orgs.kind, name: orgs.name, parentId: orgs.parentId })
      .from(orgs)
      .where(and(eq(orgs.id, person.orgId), sql`${orgs.dissolvedAt} IS NULL`));
    if (!org) throw notFound('本支部');
    return loadBoard(tx, org, year);
  });
}
