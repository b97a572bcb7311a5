import { pathInScope } from '@jiceng/core';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/connection';
import type { Scope } from '../../../auth/access';
import { orgs } from '../../orgs/schema';
import { persons } from '../schema';

/**
 * Why each of these ID numbers (by lookup hash) cannot be registered again. Like a single registration,
 * the holder is named only when the user may read their record (id-number.md I10–I11).
 */
export async function alreadyRegistered(
  db: Db,
  hashes: readonly string[],
  readScope: Scope,
): Promise<Map<string, string>> {
  const reasons = new Map<string, string>();
  if (hashes.length === 0) return reasons;
  const rows = await db
    .select({ hash: persons.idNumberHash, name: persons.name, orgName: orgs.name, orgPath: orgs.path })
    .from(persons)
    .innerJoin(orgs, eq(orgs.id, persons.orgId))
    .where(inArray(persons.idNumberHash, [...hashes]));
  for (const row of rows) {
    reasons.set(
      row.hash,
      pathInScope(readScope, row.orgPath)
        ? `该身份证号已登记：${row.name}（${row.orgName}）`
        : '该身份证号已在其他组织登记',
    );
  }
  return reasons;
}
