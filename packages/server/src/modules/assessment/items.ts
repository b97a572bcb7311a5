import {
  isBranchKind,
  itemSetTotal,
  itemSetWarnings,
  type AssessmentItemsInput,
  type AssessmentItemsView,
} from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission, scopeOf } from '../../auth/access';
import type { Db, Tx } from '../../db/connection';
import { recordAudit } from '../../audit/service';
import { badRequest } from '../../http/errors';
import { complianceRootOrg, type RootOrg } from '../compliance/reach';
import { itemSetFor } from './item-sets';
import { assessmentItems } from './schema';

const mayHaveOwn = (kind: RootOrg['kind']) => !isBranchKind(kind) && kind !== 'group';

async function viewOf(tx: Tx, org: RootOrg): Promise<AssessmentItemsView> {
  const set = await itemSetFor(tx, org.path);
  return {
    org: { id: org.id, name: org.name, kind: org.kind },
    setBy: set.setBy ? { id: set.setBy.id, name: set.setBy.name } : null,
    own: set.setBy?.id === org.id,
    updatedBy: set.updatedBy,
    updatedAt: set.updatedAt ? new Date(set.updatedAt).toISOString() : null,
    items: set.items,
    total: itemSetTotal(set.items),
    warnings: itemSetWarnings(set.items),
    mayHaveOwn: mayHaveOwn(org.kind),
  };
}

/** The items in force at an org (a branch sees who set them); an org above the reader's reach is readable. */
export async function getAssessmentItems(
  db: Db,
  ctx: RequestContext,
  orgId: number,
): Promise<AssessmentItemsView> {
  const actor = requirePermission(ctx, 'assessment.read');
  return db.transaction(async (tx) =>
    viewOf(tx, await complianceRootOrg(tx, scopeOf(actor, 'assessment.read'), orgId)),
  );
}

async function managedCommittee(tx: Tx, ctx: RequestContext, orgId: number): Promise<RootOrg> {
  const actor = requirePermission(ctx, 'assessment.manage');
  const org = await requireOrg(tx, actor, 'assessment.manage', orgId);
  const root = await complianceRootOrg(tx, 'all', org.id);
  if (!mayHaveOwn(root.kind)) {
    throw badRequest('考核项目由党委、党总支设置，支部和党小组不能单独设置', 'orgId');
  }
  return root;
}

/** Sets the committee's own items, replacing any it had; branches below use them unless nearer ones exist. */
export async function setAssessmentItems(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  input: AssessmentItemsInput,
): Promise<AssessmentItemsView> {
  return db.transaction(async (tx) => {
    const org = await managedCommittee(tx, ctx, orgId);
    const before = await itemSetFor(tx, org.path);
    await tx.delete(assessmentItems).where(eq(assessmentItems.orgId, org.id));
    await tx.insert(assessmentItems).values(
      input.items.map((item, i) => ({
        orgId: org.id,
        key: item.key,
        name: item.name,
        maxScore: item.maxScore,
        metric: item.metric,
        description: item.description,
        sortOrder: i,
        updatedBy: ctx.actor?.userId ?? null,
      })),
    );
    await recordAudit(tx, ctx, {
      action: 'assessment.items_set',
      entityType: 'org',
      entityId: org.id,
      orgId: org.id,
      summary: {
        before: before.items.map((i) => `${i.key}:${i.maxScore}`),
        after: input.items.map((i) => `${i.key}:${i.maxScore}`),
      },
    });
    return viewOf(tx, org);
  });
}

/** Drops the committee's own items: it inherits from above (or the defaults) again. */
export async function clearAssessmentItems(
  db: Db,
  ctx: RequestContext,
  orgId: number,
): Promise<AssessmentItemsView> {
  return db.transaction(async (tx) => {
    const org = await managedCommittee(tx, ctx, orgId);
    const removed = await tx.delete(assessmentItems).where(eq(assessmentItems.orgId, org.id)).returning();
    if (removed.length === 0) throw badRequest('本级没有自行设置的考核项目', 'orgId');
    await recordAudit(tx, ctx, {
      action: 'assessment.items_cleared',
      entityType: 'org',
      entityId: org.id,
      orgId: org.id,
      summary: { removed: removed.map((i) => i.key) },
    });
    return viewOf(tx, org);
  });
}
