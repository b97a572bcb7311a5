import {
  BASE_REQUIREMENTS,
  branchCompliance,
  effectiveRequirements,
  type IsoDate,
  type MeetingRequirement,
  type RequirementCompliance,
} from '@jiceng/core';
import { localRulesFor, type BranchFacts, type StoredRule } from './load';

export interface EvaluatedBranch {
  branch: BranchFacts;
  compliance: RequirementCompliance[];
}

/** The first day a compliance view reports: the year of `on` (org-life.md periods are calendar ones). */
export function yearStart(on: IsoDate): IsoDate {
  return `${on.slice(0, 4)}-01-01`;
}

/**
 * Core's rules over each branch in memory. Branches under the same orgs share one requirement list, so a
 * county of hundreds of branches resolves the local rules only a few times.
 */
export function evaluateBranches(
  branches: readonly BranchFacts[],
  rules: readonly StoredRule[],
  since: IsoDate,
  on: IsoDate,
): EvaluatedBranch[] {
  const cache = new Map<string, MeetingRequirement[]>();
  return branches.map((branch) => {
    const locals = localRulesFor(branch.path, rules);
    const key = locals.map((r) => `${r.setByOrgId}:${r.kind}`).join(',');
    let requirements = cache.get(key);
    if (!requirements) {
      requirements = effectiveRequirements(BASE_REQUIREMENTS, locals);
      cache.set(key, requirements);
    }
    const compliance = branchCompliance({
      requirements,
      meetings: branch.meetings,
      since,
      today: on,
      hasCommittee: branch.hasCommittee,
      groupIds: branch.groups.map((g) => g.id),
    });
    return { branch, compliance };
  });
}
