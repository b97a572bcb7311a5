import type { MonthKey } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';

/**
 * For the monthly branch assessment: per branch under `rootPath`, how many posts its members claimed in
 * `month`: claims the branch approved that month (still held, or since ended after serving; a claim the
 * member withdrew does not count), and how many distinct members hold them. A branch counts its groups' members.
 */
export async function postsClaimedInMonth(
  tx: Tx,
  rootPath: string,
  month: MonthKey,
): Promise<{ branchId: number; claims: number; members: number }[]> {
  const from = `${month}-01`;
  const { rows } = await tx.execute<{ branch_id: number; claims: number; members: number }>(
    sql`SELECT b.id AS branch_id, count(c.id)::int AS claims, count(DISTINCT c.person_id)::int AS members
          FROM service_post_claims c
          JOIN orgs o ON o.id = c.org_id
          JOIN orgs b ON b.kind IN ('branch', 'joint_branch') AND o.path LIKE b.path || '%'
         WHERE o.path LIKE ${rootPath + '%'}
           AND c.decided_at IS NOT NULL
           AND c.state IN ('approved', 'ended')
           AND (c.decided_at AT TIME ZONE 'Asia/Shanghai')::date >= ${from}::date
           AND (c.decided_at AT TIME ZONE 'Asia/Shanghai')::date < (${from}::date + interval '1 month')
         GROUP BY b.id
         ORDER BY b.id`,
  );
  return rows.map((r) => ({
    branchId: Number(r.branch_id),
    claims: Number(r.claims),
    members: Number(r.members),
  }));
}
