import { isComputedMetric, monthOf, shiftMonth, type IsoDate, type OrgKind } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../auth/actor';
import type { Tx } from '../db/connection';
import { computeUnder } from '../modules/assessment/compute';
import { itemSetsFor, DEFAULT_SET } from '../modules/assessment/item-sets';
import { publishUnder } from '../modules/assessment/publish';
import { branchesUnder } from '../modules/assessment/reach';
import { assessmentScores } from '../modules/assessment/schema';
import { pick, seededRandom } from './random';

export interface DemoAssessmentResult {
  rows: number;
}

/**
 * What a township's staff write as evidence for each hand-scored item. Posts, requests and visits are
 * computed from the demo's service records, so they get no hand score.
 */
const EVIDENCE: Record<string, readonly string[]> = {
  disclosure: ['党务公开栏按月更新，照片存档', '公开内容齐全，按时更新', '公开栏内容未按时更新'],
  study: ['学习记录和心得体会已核', '组织集中学习 2 次，记录完整', '学习记录不全'],
  records: ['阵地整洁，台账分类规范', '工作台账齐全', '台账缺少会议签到表'],
};

/** A hand score: mostly good, a few middling, in half points. */
function handScore(random: () => number, maxScore: number): { tenths: number; evidence: number } {
  const roll = random();
  const share =
    roll < 0.6 ? 0.9 + random() * 0.1 : roll < 0.9 ? 0.75 + random() * 0.15 : 0.5 + random() * 0.25;
  return { tenths: Math.round(maxScore * share * 2) * 5, evidence: roll < 0.6 ? 0 : roll < 0.9 ? 1 : 2 };
}

/**
 * The county's monthly branch assessment: for every township, the last four months of this year computed
 * from the demo's meetings, dues, post claims, requests and visits, the hand-scored items filled in (only
 * about half of the branches in the running month, so the board shows what is still missing), and every
 * month but the current published.
 */
export async function loadDemoAssessment(
  tx: Tx,
  county: { id: number; path: string; name: string },
  today: IsoDate,
): Promise<DemoAssessmentResult> {
  const random = seededRandom(20261209);
  const admin = await tx.execute<{ id: number; username: string; display_name: string }>(
    sql`SELECT id, username, display_name FROM users WHERE username = 'admin'`,
  );
  const user = admin.rows[0];
  const ctx: RequestContext = {
    clientIp: null,
    actor: user
      ? {
          userId: Number(user.id),
          username: user.username,
          displayName: user.display_name,
          sessionId: '',
          assignments: [],
        }
      : null,
  };
  const current = monthOf(today);
  const months = [3, 2, 1, 0]
    .map((back) => shiftMonth(current, -back))
    .filter((m) => m.slice(0, 4) === current.slice(0, 4));
  const townships = await tx.execute<{ id: number; path: string; kind: OrgKind }>(sql`
    SELECT id, path, kind FROM orgs WHERE parent_id = ${county.id} AND kind = 'committee' AND dissolved_at IS NULL
     ORDER BY path`);
  let rows = 0;
  for (const town of townships.rows) {
    const org = { id: Number(town.id), path: town.path, kind: town.kind };
    const branches = await branchesUnder(tx, org);
    const sets = await itemSetsFor(
      tx,
      branches.map((b) => b.path),
    );
    for (const month of months) {
      const running = month === current;
      const result = await computeUnder(tx, ctx, org, month, today);
      rows += result.scored;
      const values: (typeof assessmentScores.$inferInsert)[] = [];
      for (const branch of branches) {
        if (running && random() < 0.5) continue;
        for (const item of (sets.get(branch.path) ?? DEFAULT_SET).items) {
          if (isComputedMetric(item.metric)) continue;
          if (running && random() < 0.3) continue;
          const { tenths, evidence } = handScore(random, item.maxScore);
          values.push({
            tenantOrgId: branch.tenantOrgId,
            branchId: branch.id,
            month,
            itemKey: item.key,
            scoreTenths: tenths,
            maxScore: item.maxScore,
            scoredHow: 'manual',
            evidence: (EVIDENCE[item.key] ?? EVIDENCE.records!)[evidence] ?? pick(random, EVIDENCE.records!),
            scoredBy: ctx.actor?.userId ?? null,
          });
        }
      }
      if (values.length) await tx.insert(assessmentScores).values(values).onConflictDoNothing();
      rows += values.length;
      if (!running) await publishUnder(tx, ctx, org, month);
    }
  }
  return { rows };
}
