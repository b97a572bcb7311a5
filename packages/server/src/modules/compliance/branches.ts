import { chinaToday, type BranchComplianceList, type ComplianceBranchesQuery } from '@jiceng/core';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import type { Db } from '../../db/connection';
import { evaluateBranches, yearStart } from './evaluate';
import { loadActiveRules, loadBranches } from './load';
import { branchesWhere, complianceRootOrg, meetingReadScope, ruleRoots } from './reach';

/** Each branch within reach (optionally under one org): every requirement's periods this year up to `on`. */
export async function getBranchCompliance(
  db: Db,
  ctx: RequestContext,
  query: ComplianceBranchesQuery,
): Promise<BranchComplianceList> {
  const actor = requirePermission(ctx, 'meeting.read');
  const scope = meetingReadScope(actor);
  const on = query.on ?? chinaToday();
  const since = yearStart(on);
  return db.transaction(async (tx) => {
    const root = query.orgId ? await complianceRootOrg(tx, scope, query.orgId) : null;
    const branches = await loadBranches(tx, branchesWhere(scope, root), since, on);
    const rules = branches.length ? await loadActiveRules(tx, ruleRoots(scope, root)) : [];
    return {
      on,
      since,
      branches: evaluateBranches(branches, rules, since, on).map(({ branch, compliance }) => ({
        org: { id: branch.id, name: branch.name, kind: branch.kind },
        parentId: branch.parentId,
        hasCommittee: branch.hasCommittee,
        fullMembers: branch.fullMembers,
        groups: branch.groups,
        compliance,
      })),
    };
  });
}
