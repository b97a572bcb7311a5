import { chinaToday, type RuleViolation, type StarConfirmResult, type StarList } from '@jiceng/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import { orgs } from '../orgs/schema';
import { refuseIfAny } from '../reviews/refused';
import { starRatings } from './schema';
import { memberView, ratedMembers } from './stars-members';

const YEAR_RULE = 'points.stars.year';

function yearViolations(year: number): RuleViolation[] {
  const thisYear = Number(chinaToday().slice(0, 4));
  if (year <= thisYear) return [];
  return [{ rule: YEAR_RULE, field: 'year', message: `评定年度（${year}）不能晚于今年（${thisYear}）` }];
}

/** The counted members of an org's subtree with their year's points, grade, live rating and confirmed one. */
export async function listStars(db: Db, ctx: RequestContext, orgId: number, year: number): Promise<StarList> {
  const actor = requirePermission(ctx, 'points.read');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'points.read', orgId);
    const members = await ratedMembers(tx, org.path, year);
    return { orgId: org.id, orgName: org.name, orgKind: org.kind, year, members: members.map(memberView) };
  });
}

/**
 * Confirms a year's ratings for the counted members of the org's subtree: each gets the rating computed
 * now, stored with its points, grade and explanation. A year already confirmed is confirmed again only
 * this way — recomputed from the points and grades as they stand, never typed by hand — so a corrected
 * attendance or review reaches the stars through the same button. Members who left since keep what was
 * confirmed for them.
 */
export async function confirmStars(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  year: number,
): Promise<StarConfirmResult> {
  const actor = requirePermission(ctx, 'points.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'points.manage', orgId);
    refuseIfAny(yearViolations(year));
    const members = await ratedMembers(tx, org.path, year);
    if (members.length === 0) {
      refuseIfAny([
        { rule: 'points.stars.members', field: 'orgId', message: `${org.name}没有可评定星级的党员` },
      ]);
    }
    const [{ tenantOrgId } = { tenantOrgId: org.id }] = await tx
      .select({ tenantOrgId: orgs.tenantOrgId })
      .from(orgs)
      .where(eq(orgs.id, org.id));
    const changed = members.filter((m) => m.confirmed && m.confirmed.stars !== m.rating.stars);
    await tx.delete(starRatings).where(
      and(
        eq(starRatings.year, year),
        inArray(
          starRatings.personId,
          members.map((m) => m.personId),
        ),
      ),
    );
    const confirmedAt = new Date();
    await tx.insert(starRatings).values(
      members.map((m) => ({
        tenantOrgId,
        personId: m.personId,
        orgId: m.orgId,
        year,
        stars: m.rating.stars,
        points: m.points,
        reviewGrade: m.grade,
        explanation: m.rating.explanation,
        confirmedBy: actor.userId,
        confirmedAt,
      })),
    );
    const counts = [1, 2, 3, 4, 5].map((s) => members.filter((m) => m.rating.stars === s).length);
    await recordAudit(tx, ctx, {
      action: 'points.stars_confirmed',
      entityType: 'org',
      entityId: org.id,
      orgId: org.id,
      summary: {
        year,
        members: members.length,
        starCounts: { 1: counts[0], 2: counts[1], 3: counts[2], 4: counts[3], 5: counts[4] },
        reconfirmed: members.some((m) => m.confirmed !== null),
        changed: changed.map((m) => ({
          personId: m.personId,
          before: m.confirmed!.stars,
          after: m.rating.stars,
        })),
      },
    });
    return { orgId: org.id, year, confirmed: members.length, changed: changed.length };
  });
}
