import { ALLOWANCE_KIND_LABELS, type CadreAllowance, type CadreAllowanceInput } from '@jiceng/core';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { badRequest, conflict } from '../../http/errors';
import { complianceRootOrg } from '../compliance/reach';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { cadreAllowances } from './schema';

export async function loadAllowances(tx: Tx, where: SQL): Promise<CadreAllowance[]> {
  const rows = await tx
    .select({ a: cadreAllowances, personName: persons.name, orgName: orgs.name })
    .from(cadreAllowances)
    .innerJoin(persons, eq(persons.id, cadreAllowances.personId))
    .innerJoin(orgs, eq(orgs.id, cadreAllowances.orgId))
    .where(where)
    .orderBy(asc(cadreAllowances.year), asc(orgs.path), asc(persons.name), asc(cadreAllowances.id));
  return rows.map(({ a, personName, orgName }) => ({
    id: a.id,
    personId: a.personId,
    personName,
    orgId: a.orgId,
    orgName,
    year: a.year,
    kind: a.kind as CadreAllowance['kind'],
    amountFen: a.amountFen,
    note: a.note,
  }));
}

/** One allowance of a village cadre for a year; a person has at most one of each kind a year. */
export async function recordAllowance(
  db: Db,
  ctx: RequestContext,
  input: CadreAllowanceInput,
): Promise<CadreAllowance> {
  const actor = requirePermission(ctx, 'award.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'award.manage', input.orgId);
    const [orgRow] = await tx
      .select({ unitKind: orgs.unitKind, tenantOrgId: orgs.tenantOrgId })
      .from(orgs)
      .where(eq(orgs.id, org.id));
    if (orgRow!.unitKind !== 'village') throw badRequest('任职组织（orgId）应为农村党组织', 'orgId');
    const { person } = await requirePerson(tx, actor, 'award.manage', input.personId);
    const [existing] = await tx
      .select({ id: cadreAllowances.id })
      .from(cadreAllowances)
      .where(
        and(
          eq(cadreAllowances.personId, person.id),
          eq(cadreAllowances.year, input.year),
          eq(cadreAllowances.kind, input.kind),
        ),
      );
    if (existing) {
      throw conflict(
        `${person.name} ${input.year} 年已登记“${ALLOWANCE_KIND_LABELS[input.kind]}”，每人每年每类只登记一次（kind）`,
        'kind',
      );
    }
    const [row] = await tx
      .insert(cadreAllowances)
      .values({
        tenantOrgId: orgRow!.tenantOrgId,
        personId: person.id,
        orgId: org.id,
        year: input.year,
        kind: input.kind,
        amountFen: input.amountFen,
        note: input.note || null,
        recordedBy: actor.userId,
      })
      .returning({ id: cadreAllowances.id });
    await recordAudit(tx, ctx, {
      action: 'allowance.recorded',
      entityType: 'cadre_allowance',
      entityId: row!.id,
      orgId: org.id,
      summary: {
        after: { personId: person.id, year: input.year, kind: input.kind, amountFen: input.amountFen },
      },
    });
    const [view] = await loadAllowances(tx, eq(cadreAllowances.id, row!.id));
    return view!;
  });
}

/** Allowances within reach (by the cadre's record), under an org and of a year. */
export async function listAllowances(
  db: Db,
  ctx: RequestContext,
  query: { orgId?: number; year?: number },
): Promise<CadreAllowance[]> {
  const actor = requirePermission(ctx, 'person.read');
  const scope = scopeOf(actor, 'person.read');
  return db.transaction(async (tx) => {
    const conditions: SQL[] = [inScope(persons.orgPath, scope), inScope(orgs.path, scope)];
    if (query.orgId) {
      const root = await complianceRootOrg(tx, scope, query.orgId);
      conditions.push(sql`${orgs.path} LIKE ${root.path + '%'}`);
    }
    if (query.year) conditions.push(eq(cadreAllowances.year, query.year));
    return loadAllowances(tx, and(...conditions)!);
  });
}
