import {
  chinaToday,
  FIVE_GOOD_STANDARDS,
  fiveGoodResult,
  suggestFiveGood,
  termInfo,
  type FiveGoodFacts,
  type FiveGoodInput,
  type FiveGoodResult,
  type FiveGoodStandard,
  type FiveGoodView,
} from '@jiceng/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission, type ScopedOrg } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { badRequest } from '../../http/errors';
import { evaluateBranches } from '../compliance/evaluate';
import { loadActiveRules, loadBranches } from '../compliance/load';
import { branchesWhere } from '../compliance/reach';
import { orgPosts, orgs } from '../orgs/schema';
import { insertAward, revokeAwardIn } from './awards';
import { fiveGoodEvaluations } from './schema';
import { activeFiveGoodAward } from './views';

function checkYear(year: number): void {
  const thisYear = Number(chinaToday().slice(0, 4));
  if (year > thisYear) throw badRequest(`评定年度（${year}）不能晚于今年（${thisYear}）`, 'year');
}

const num = (v: unknown) => Number(v ?? 0);

/** What Jiceng knows about the org's subtree in the year, up to today for the running year. */
async function gatherFacts(tx: Tx, org: ScopedOrg, year: number): Promise<FiveGoodFacts> {
  const today = chinaToday();
  const yearEnd = `${year}-12-31`;
  const on = yearEnd < today ? yearEnd : today;
  const since = `${year}-01-01`;
  const subtree = org.path + '%';
  const [detail] = await tx
    .select({ termStartedOn: orgs.termStartedOn, termYears: orgs.termYears })
    .from(orgs)
    .where(eq(orgs.id, org.id));
  const [secretary] = await tx
    .select({ name: orgPosts.holderName })
    .from(orgPosts)
    .where(and(eq(orgPosts.orgId, org.id), eq(orgPosts.post, 'secretary'), isNull(orgPosts.endedOn)));
  const branches = await loadBranches(tx, branchesWhere('all', org), since, on);
  const rules = branches.length ? await loadActiveRules(tx, [org.path]) : [];
  const periods = evaluateBranches(branches, rules, since, on).flatMap((b) =>
    b.compliance.flatMap((c) => c.periods),
  );
  const { rows: [counts] = [] } = await tx.execute<Record<string, unknown>>(sql`
    SELECT
      (SELECT count(*) FROM persons p WHERE p.org_path LIKE ${subtree} AND p.stage = 'full'
         AND p.standing = 'active' AND p.transferred_out_on IS NULL) AS full_members,
      (SELECT count(*) FROM member_reviews r JOIN orgs o ON o.id = r.org_id
        WHERE o.path LIKE ${subtree} AND r.year = ${year}) AS reviews,
      (SELECT count(*) FROM member_review_entries e JOIN member_reviews r ON r.id = e.review_id
         JOIN orgs o ON o.id = r.org_id
        WHERE o.path LIKE ${subtree} AND r.year = ${year} AND e.grade = 'unqualified') AS unqualified,
      (SELECT count(*) FROM (SELECT d.person_id FROM dues_due d JOIN persons p ON p.id = d.person_id
         WHERE p.org_path LIKE ${subtree} AND p.standing = 'active' AND p.transferred_out_on IS NULL
           AND d.month LIKE ${`${year}-%`} AND d.month < ${today.slice(0, 7)} AND d.amount_fen > 0
           AND NOT EXISTS (SELECT 1 FROM dues_payments dp WHERE dp.person_id = d.person_id
             AND dp.month = d.month AND dp.kind = 'regular' AND dp.active)
         GROUP BY d.person_id HAVING count(*) >= 3) x) AS arrears,
      (SELECT coalesce(sum(t.due_fen), 0) FROM dues_month_totals t JOIN orgs o ON o.id = t.org_id
        WHERE o.path LIKE ${subtree} AND t.month LIKE ${`${year}-%`}) AS due_fen,
      (SELECT coalesce(sum(t.collected_fen), 0) FROM dues_month_totals t JOIN orgs o ON o.id = t.org_id
        WHERE o.path LIKE ${subtree} AND t.month LIKE ${`${year}-%`}) AS collected_fen,
      (SELECT count(*) FROM persons p WHERE p.org_path LIKE ${subtree}
         AND p.admission_date BETWEEN ${since}::date AND ${yearEnd}::date) AS admitted`);
  return {
    secretaryName: secretary?.name ?? null,
    termStatus: termInfo(detail!.termStartedOn, detail!.termYears, on).status,
    fullMembers: num(counts?.full_members),
    reviewRecorded: num(counts?.reviews) > 0,
    reviewUnqualified: num(counts?.unqualified),
    arrearsMembers: num(counts?.arrears),
    periodsMet: periods.filter((p) => p.status === 'met').length,
    periodsOverdue: periods.filter((p) => p.status === 'overdue').length,
    periodsDue: periods.filter((p) => p.status === 'due').length,
    duesDueFen: num(counts?.due_fen),
    duesCollectedFen: num(counts?.collected_fen),
    admitted: num(counts?.admitted),
  };
}

async function loadView(tx: Tx, org: ScopedOrg, year: number): Promise<FiveGoodView> {
  const suggestion = suggestFiveGood(await gatherFacts(tx, org, year));
  const [row] = await tx
    .select()
    .from(fiveGoodEvaluations)
    .where(and(eq(fiveGoodEvaluations.orgId, org.id), eq(fiveGoodEvaluations.year, year)));
  return {
    orgId: org.id,
    orgName: org.name,
    year,
    suggestion,
    recorded: row
      ? {
          standards: row.standards as Record<FiveGoodStandard, { met: boolean; evidence: string }>,
          result: row.result as FiveGoodResult,
          decidedOn: row.decidedOn,
          decidedByOrgName: row.decidedByOrgName,
          awardId: await activeFiveGoodAward(tx, org.id, year),
        }
      : null,
  };
}

export async function getFiveGood(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  year: number,
): Promise<FiveGoodView> {
  const actor = requirePermission(ctx, 'org.read');
  checkYear(year);
  return db.transaction(async (tx) => loadView(tx, await requireOrg(tx, actor, 'org.read', orgId), year));
}

/**
 * Records the year's evaluation in place of an earlier one. Awarded (all five met) records a 五个好 award;
 * a re-evaluation that is not awarded revokes the award an earlier one recorded.
 */
export async function saveFiveGood(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  year: number,
  input: FiveGoodInput,
): Promise<FiveGoodView> {
  const actor = requirePermission(ctx, 'award.manage');
  checkYear(year);
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'award.manage', orgId);
    if (org.kind === 'group') throw badRequest('党小组不参加五个好评定，请选择党组织（orgId）', 'orgId');
    if (input.decidedOn > chinaToday()) throw badRequest('评定日期不能晚于今天', 'decidedOn');
    const result = fiveGoodResult(input.standards);
    const standards = Object.fromEntries(FIVE_GOOD_STANDARDS.map((s) => [s, input.standards[s]]));
    const [tenant] = await tx.select({ id: orgs.tenantOrgId }).from(orgs).where(eq(orgs.id, org.id));
    const values = {
      standards,
      result,
      decidedOn: input.decidedOn,
      decidedByOrgName: input.decidedByOrgName,
      recordedBy: actor.userId,
    };
    await tx
      .insert(fiveGoodEvaluations)
      .values({ tenantOrgId: tenant!.id, orgId: org.id, year, ...values })
      .onConflictDoUpdate({ target: [fiveGoodEvaluations.orgId, fiveGoodEvaluations.year], set: values });
    await recordAudit(tx, ctx, {
      action: 'five_good.recorded',
      entityType: 'five_good_evaluation',
      entityId: `${org.id}:${year}`,
      orgId: org.id,
      summary: {
        after: { year, result, met: FIVE_GOOD_STANDARDS.filter((s) => input.standards[s].met) },
      },
    });
    const awardId = await activeFiveGoodAward(tx, org.id, year);
    if (result === 'awarded' && awardId === null) {
      await insertAward(tx, ctx, {
        kind: 'five_good',
        level: input.level,
        conferredBy: input.decidedByOrgName,
        conferredOn: input.decidedOn,
        year,
        orgId: org.id,
      });
    } else if (result === 'not_awarded' && awardId !== null) {
      await revokeAwardIn(tx, ctx, awardId, '重新评定为未达到五个好标准');
    }
    return loadView(tx, org, year);
  });
}
