import { isBranchKind, ORG_KIND_LABELS, type OrgKind } from '@jiceng/core';
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import type { Actor } from '../../auth/actor';
import { requireOrg } from '../../auth/access';
import { ruleViolated } from '../../http/errors';
import { orgs } from '../orgs/schema';

export interface Placement {
  orgId: number;
  orgName: string;
  tenantOrgId: number;
  groupId: number | null;
  groupName: string | null;
}

/** A person belongs to a branch (org-life.md L7) and optionally to one of its groups. */
export async function resolvePlacement(
  tx: Tx,
  actor: Actor,
  orgId: number,
  groupId: number | null | undefined,
): Promise<Placement> {
  await requireOrg(tx, actor, 'person.manage', orgId);
  const [org] = await tx.select().from(orgs).where(eq(orgs.id, orgId));
  if (!isBranchKind(org!.kind as OrgKind)) {
    throw ruleViolated({
      rule: 'org-life.md L7',
      field: 'orgId',
      message: `党员的组织关系应在党支部，“${org!.name}”是${ORG_KIND_LABELS[org!.kind as OrgKind]}`,
    });
  }
  if (groupId == null) {
    return { orgId, orgName: org!.name, tenantOrgId: org!.tenantOrgId, groupId: null, groupName: null };
  }
  const [group] = await tx
    .select()
    .from(orgs)
    .where(and(eq(orgs.id, groupId), eq(orgs.parentId, orgId), isNull(orgs.dissolvedAt)));
  if (!group || group.kind !== 'group') {
    throw ruleViolated({
      rule: 'archives.group',
      field: 'groupId',
      message: `党小组须是“${org!.name}”下的党小组`,
    });
  }
  return { orgId, orgName: org!.name, tenantOrgId: org!.tenantOrgId, groupId, groupName: group.name };
}
