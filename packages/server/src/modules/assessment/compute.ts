import {
  chinaToday,
  isComputedMetric,
  scoreMetric,
  type AssessmentComputeResult,
  type AssessmentMonthInput,
  type IsoDate,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import type { Db, Tx } from '../../db/connection';
import { recordAudit } from '../../audit/service';
import { itemSetsFor, DEFAULT_SET } from './item-sets';
import { measureBranches } from './measure';
import { frozen, publicationsBelow, publicationsFor } from './publications';
import { branchesUnder, requireStartedMonth } from './reach';
import { assessmentScores } from './schema';

/**
 * Scores every computed item of every branch under the org for the month from Jiceng's records. Hand scores
 * stay as they are; branches whose month a committee below has published are skipped; refused once the
 * org or one above it has published the month.
 */
export async function computeMonth(
  db: Db,
  ctx: RequestContext,
  input: AssessmentMonthInput,
  today: IsoDate = chinaToday(),
): Promise<AssessmentComputeResult> {
  const actor = requirePermission(ctx, 'assessment.manage');
  requireStartedMonth(input.month, today);
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'assessment.manage', input.orgId);
    return computeUnder(tx, ctx, org, input.month, today);
  });
}

/** The work of computeMonth inside its transaction (the demo calls it directly). */
export async function computeUnder(
  tx: Tx,
  ctx: RequestContext,
  org: { id: number; path: string },
  month: string,
  today: IsoDate,
): Promise<AssessmentComputeResult> {
  const own = (await publicationsFor(tx, [org.path], month)).get(org.path);
  if (own) throw frozen(own, month);
  const below = await publicationsBelow(tx, org.path, month);
  const all = await branchesUnder(tx, org);
  const branches = all.filter((b) => !below.some((p) => b.path.startsWith(p.orgPath)));
  const sets = await itemSetsFor(
    tx,
    branches.map((b) => b.path),
  );
  const measures = await measureBranches(
    tx,
    org,
    branches.map((b) => b.id),
    month,
    today,
  );
  const manual = branches.length
    ? await tx.execute<{ branch_id: number; item_key: string }>(sql`
        SELECT branch_id, item_key FROM assessment_scores
         WHERE month = ${month} AND scored_how = 'manual' AND branch_id IN (${sql.join(
           branches.map((b) => sql`${b.id}`),
           sql`, `,
         )})`)
    : { rows: [] };
  const kept = new Set(manual.rows.map((r) => `${r.branch_id}:${r.item_key}`));
  const values: (typeof assessmentScores.$inferInsert)[] = [];
  for (const branch of branches) {
    for (const item of (sets.get(branch.path) ?? DEFAULT_SET).items) {
      if (!isComputedMetric(item.metric) || kept.has(`${branch.id}:${item.key}`)) continue;
      const measure = measures.get(branch.id)?.[item.metric];
      if (!measure) continue;
      const { scoreTenths, basis } = scoreMetric(measure, item.maxScore);
      values.push({
        tenantOrgId: branch.tenantOrgId,
        branchId: branch.id,
        month,
        itemKey: item.key,
        scoreTenths,
        maxScore: item.maxScore,
        scoredHow: 'auto',
        basis,
        evidence: null,
        scoredBy: ctx.actor?.userId ?? null,
      });
    }
  }
  for (let i = 0; i < values.length; i += 1000) {
    await tx
      .insert(assessmentScores)
      .values(values.slice(i, i + 1000))
      .onConflictDoUpdate({
        target: [assessmentScores.branchId, assessmentScores.month, assessmentScores.itemKey],
        set: {
          scoreTenths: sql`excluded.score_tenths`,
          maxScore: sql`excluded.max_score`,
          basis: sql`excluded.basis`,
          scoredBy: sql`excluded.scored_by`,
          scoredAt: sql`now()`,
        },
        setWhere: sql`${assessmentScores.scoredHow} = 'auto'`,
      });
  }
  const result = {
    month,
    branches: branches.length,
    scored: values.length,
    keptManual: kept.size,
    frozenBranches: all.length - branches.length,
  };
  await recordAudit(tx, ctx, {
    action: 'assessment.computed',
    entityType: 'org',
    entityId: org.id,
    orgId: org.id,
    summary: result,
  });
  return result;
}
