import { pathInScope, type PersonExportQuery } from '@jiceng/core';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/connection';
import type { RequestContext } from '../../../auth/actor';
import { requirePermission, scopeOf, type Scope } from '../../../auth/access';
import { recordAudit } from '../../../audit/service';
import type { DataCipher } from '../../../http/crypto';
import { forbidden } from '../../../http/errors';
import { orgs } from '../../orgs/schema';
import { persons } from '../schema';
import { PERSON_SORTS as SORTS, personFilters } from '../service';

/** Whether every org of `inner` lies inside `outer`. */
function covers(outer: Scope, inner: Scope): boolean {
  if (outer === 'all') return true;
  if (inner === 'all') return false;
  return inner.every((path) => pathInScope(outer, path));
}

/**
 * Who is exported, in list order: the ids only, so the rows can then be read in short batches while the
 * file streams out, holding no transaction open for a slow download. Full ID numbers and phones need
 * `person.unmask` over everything the user can read (id-number.md I12), and one audit row.
 */
export async function planPersonExport(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  query: PersonExportQuery,
): Promise<number[]> {
  const actor = requirePermission(ctx, 'person.read');
  const unmasked = query.unmasked === 'true';
  if (unmasked && !covers(scopeOf(actor, 'person.unmask'), scopeOf(actor, 'person.read'))) {
    throw forbidden('导出完整身份证号和手机号，须在您可查看的全部范围内拥有“查看完整身份证号和手机号”的权限');
  }
  const { unmasked: _unmasked, ...filters } = query;
  const where = and(...personFilters(actor, cipher, { ...filters, page: 1, pageSize: 1 }));
  const direction = query.order === 'desc' ? desc : asc;
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: persons.id })
      .from(persons)
      .innerJoin(orgs, eq(orgs.id, persons.orgId))
      .where(where)
      .orderBy(...SORTS[query.sort].map((c) => direction(c)), asc(persons.id));
    const ids = rows.map((r) => r.id);
    if (unmasked) {
      await recordAudit(tx, ctx, {
        action: 'person.exported_unmasked',
        entityType: 'person',
        orgId: query.orgId ?? null,
        summary: { filter: filters, count: ids.length, fields: ['idNumber', 'phone'] },
      });
    }
    return ids;
  });
}
