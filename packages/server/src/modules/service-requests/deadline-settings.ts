import {
  effectiveDeadlines,
  SERVICE_REQUEST_KIND_LABELS,
  type EffectiveDeadline,
  type OrgDeadlineSettings,
  type ServiceDeadlinesInput,
  type ServiceDeadlinesView,
  type ServiceRequestKind,
} from '@jiceng/core';
import { eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { pathIds } from './access';
import { serviceDeadlineSettings } from './schema';

/** The deadlines in force at the org whose path is given, per kind, with the org that set each. */
export async function deadlinesAt(
  tx: Tx,
  orgPath: string,
): Promise<Record<ServiceRequestKind, EffectiveDeadline>> {
  const ids = pathIds(orgPath);
  const [chainOrgs, settings] = await Promise.all([
    tx.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, ids)),
    tx.select().from(serviceDeadlineSettings).where(inArray(serviceDeadlineSettings.orgId, ids)),
  ]);
  const nameOf = new Map(chainOrgs.map((o) => [o.id, o.name]));
  const chain: OrgDeadlineSettings[] = ids.map((id) => ({
    orgId: id,
    orgName: nameOf.get(id) ?? '',
    settings: Object.fromEntries(
      settings
        .filter((s) => s.orgId === id)
        .map((s) => [s.kind, { responseMinutes: s.responseMinutes, resolveMinutes: s.resolveMinutes }]),
    ),
  }));
  return effectiveDeadlines(chain);
}

async function viewOf(
  tx: Tx,
  org: { id: number; name: string; path: string },
): Promise<ServiceDeadlinesView> {
  const own = await tx
    .select()
    .from(serviceDeadlineSettings)
    .where(eq(serviceDeadlineSettings.orgId, org.id))
    .orderBy(serviceDeadlineSettings.kind);
  const effective = await deadlinesAt(tx, org.path);
  return {
    orgId: org.id,
    orgName: org.name,
    own: own.map((s) => ({
      kind: s.kind as ServiceRequestKind,
      responseMinutes: s.responseMinutes,
      resolveMinutes: s.resolveMinutes,
    })),
    effective: Object.values(effective).map((e) => ({
      ...e,
      kindLabel: SERVICE_REQUEST_KIND_LABELS[e.kind],
    })),
  };
}

export async function getDeadlines(
  db: Db,
  ctx: RequestContext,
  orgId: number,
): Promise<ServiceDeadlinesView> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => viewOf(tx, await requireOrg(tx, actor, 'service.read', orgId)));
}

/** Replaces the org's own settings: kinds left out follow the org above again. */
export async function setDeadlines(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  input: ServiceDeadlinesInput,
): Promise<ServiceDeadlinesView> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'service.manage', orgId);
    const [{ tenantOrgId } = { tenantOrgId: org.id }] = await tx
      .select({ tenantOrgId: orgs.tenantOrgId })
      .from(orgs)
      .where(eq(orgs.id, org.id));
    const before = await viewOf(tx, org);
    await tx.delete(serviceDeadlineSettings).where(eq(serviceDeadlineSettings.orgId, org.id));
    if (input.settings.length) {
      await tx.insert(serviceDeadlineSettings).values(
        input.settings.map((s) => ({
          orgId: org.id,
          kind: s.kind,
          tenantOrgId,
          responseMinutes: s.responseMinutes,
          resolveMinutes: s.resolveMinutes,
          updatedBy: actor.userId,
        })),
      );
    }
    await recordAudit(tx, ctx, {
      action: 'service_request.deadlines_set',
      entityType: 'org',
      entityId: org.id,
      orgId: org.id,
      summary: { before: before.own, after: input.settings },
    });
    return viewOf(tx, org);
  });
}
