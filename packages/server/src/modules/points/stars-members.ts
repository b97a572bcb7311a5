import { starRating, type ReviewGrade, type StarCount, type StarMember } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { thresholdsForPaths, type ThresholdsInForce } from './stars-settings';

interface Row extends Record<string, unknown> {
  personId: number;
  name: string;
  orgId: number;
  orgName: string;
  orgPath: string;
  stage: 'probationary' | 'full';
  points: number;
  grade: ReviewGrade | null;
  cStars: number | null;
  cPoints: number | null;
  cGrade: ReviewGrade | null;
  cExplanation: string | null;
  cAt: Date | string | null;
}

export interface RatedMember extends StarMember {
  thresholds: ThresholdsInForce;
}

/**
 * The counted members of a subtree (probationary or full, standing active, not transferred out — the
 * same set the review roster and the dues ledger use) with the year's points (the sum of their point
 * entries, wherever earned), the year's review grade, the rating computed now under the thresholds in
 * force at their branch, and the rating the branch confirmed, if any.
 */
export async function ratedMembers(tx: Tx, orgPath: string, year: number): Promise<RatedMember[]> {
  const result = await tx.execute<Row>(sql`
    SELECT p.id AS "personId", p.name, p.org_id AS "orgId", o.name AS "orgName", o.path AS "orgPath",
      p.stage,
      COALESCE((SELECT sum(e.points) FROM point_entries e WHERE e.person_id = p.id AND e.year = ${year}), 0)::int
        AS points,
      (SELECT re.grade FROM member_review_entries re JOIN member_reviews r ON r.id = re.review_id
        WHERE re.person_id = p.id AND r.year = ${year} AND re.grade IS NOT NULL
        ORDER BY r.updated_at DESC LIMIT 1) AS grade,
      sr.stars AS "cStars", sr.points AS "cPoints", sr.review_grade AS "cGrade",
      sr.explanation AS "cExplanation", sr.confirmed_at AS "cAt"
    FROM persons p
    JOIN orgs o ON o.id = p.org_id
    LEFT JOIN star_ratings sr ON sr.person_id = p.id AND sr.year = ${year}
    WHERE p.org_path LIKE ${orgPath + '%'}
      AND p.stage IN ('probationary', 'full') AND p.standing = 'active' AND p.transferred_out_on IS NULL
    ORDER BY o.path, p.name, p.id`);
  const rows = result.rows;
  const thresholds = await thresholdsForPaths(tx, [...new Set(rows.map((r) => r.orgPath))]);
  return rows.map((r) => {
    const t = thresholds.get(r.orgPath)!;
    return {
      personId: r.personId,
      name: r.name,
      orgId: r.orgId,
      orgName: r.orgName,
      stage: r.stage,
      points: Number(r.points),
      grade: r.grade,
      rating: starRating(Number(r.points), r.grade, t.thresholds),
      confirmed:
        r.cStars === null
          ? null
          : {
              stars: r.cStars as StarCount,
              points: Number(r.cPoints),
              reviewGrade: r.cGrade,
              explanation: r.cExplanation ?? '',
              confirmedAt: new Date(r.cAt!).toISOString(),
            },
      thresholds: t,
    };
  });
}

/** What an API answer carries of a rated member (the thresholds stay inside the server). */
export function memberView({ thresholds: _t, ...member }: RatedMember): StarMember {
  return member;
}
