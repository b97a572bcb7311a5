import { chinaToday, monthLabel, type Publication } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { conflict } from '../../http/errors';
import { pathIds } from './item-sets';

export interface StoredPublication extends Publication {
  orgPath: string;
}

/** For each path, the publication of `month` by the org itself or the nearest org above it, if any. */
export async function publicationsFor(
  tx: Tx,
  paths: readonly string[],
  month: string,
): Promise<Map<string, StoredPublication>> {
  const ids = [...new Set(paths.flatMap(pathIds))];
  const result = new Map<string, StoredPublication>();
  if (ids.length === 0) return result;
  const rows = await tx.execute<{
    org_id: number;
    name: string;
    path: string;
    published_at: string;
    published_by: string | null;
  }>(sql`
    SELECT p.org_id, o.name, o.path, p.published_at::text AS published_at, u.display_name AS published_by
      FROM assessment_published p JOIN orgs o ON o.id = p.org_id LEFT JOIN users u ON u.id = p.published_by
     WHERE p.month = ${month} AND p.org_id IN (${sql.join(
       ids.map((id) => sql`${id}`),
       sql`, `,
     )})
     ORDER BY length(o.path)`);
  for (const path of paths) {
    const row = rows.rows.find((r) => path.startsWith(r.path));
    if (!row) continue;
    result.set(path, {
      org: { id: Number(row.org_id), name: row.name },
      orgPath: row.path,
      publishedAt: new Date(row.published_at).toISOString(),
      publishedBy: row.published_by,
    });
  }
  return result;
}

/** The publications of `month` by orgs strictly below `root` (a township under a county that scores). */
export async function publicationsBelow(
  tx: Tx,
  rootPath: string,
  month: string,
): Promise<StoredPublication[]> {
  const rows = await tx.execute<{
    org_id: number;
    name: string;
    path: string;
    published_at: string;
    published_by: string | null;
  }>(sql`
    SELECT p.org_id, o.name, o.path, p.published_at::text AS published_at, u.display_name AS published_by
      FROM assessment_published p JOIN orgs o ON o.id = p.org_id LEFT JOIN users u ON u.id = p.published_by
     WHERE p.month = ${month} AND o.path LIKE ${rootPath + '%'} AND o.path <> ${rootPath}`);
  return rows.rows.map((r) => ({
    org: { id: Number(r.org_id), name: r.name },
    orgPath: r.path,
    publishedAt: new Date(r.published_at).toISOString(),
    publishedBy: r.published_by,
  }));
}

/** 409 naming who published the month and when: published scores no longer change. */
export function frozen(publication: Publication, month: string) {
  const day = chinaToday(new Date(publication.publishedAt));
  return conflict(
    `${publication.org.name}已于 ${day} 发布${monthLabel(month)}的考核结果，分数不能再修改`,
    'month',
  );
}
