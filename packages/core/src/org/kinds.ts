import type { RuleViolation } from '../shared/errors';

export const ORG_KINDS = [
  'committee',
  'working_committee',
  'general_branch',
  'branch',
  'joint_branch',
  'group',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  committee: '党委',
  working_committee: '党工委',
  general_branch: '党总支',
  branch: '党支部',
  joint_branch: '联合党支部',
  group: '党小组',
};

/**
 * Which kinds each kind may sit under (`null` = top of the tree). The Party Constitution and the 2018
 * branch rule: a group lives inside a branch; a branch belongs to a committee, working committee or
 * general branch; a general branch to a committee or working committee.
 */
export const ALLOWED_PARENT_KINDS: Record<OrgKind, readonly (OrgKind | null)[]> = {
  committee: [null, 'committee', 'working_committee'],
  working_committee: [null, 'committee'],
  general_branch: ['committee', 'working_committee'],
  branch: ['committee', 'working_committee', 'general_branch'],
  joint_branch: ['committee', 'working_committee', 'general_branch'],
  group: ['branch', 'joint_branch'],
};

/** Kinds where members hold their membership (org-life.md L7). */
export const BRANCH_KINDS: readonly OrgKind[] = ['branch', 'joint_branch'];

export function isBranchKind(kind: OrgKind): boolean {
  return BRANCH_KINDS.includes(kind);
}

export function checkParentKind(kind: OrgKind, parentKind: OrgKind | null): RuleViolation | null {
  const allowed = ALLOWED_PARENT_KINDS[kind];
  if (allowed.includes(parentKind)) return null;
  const allowedText = allowed.map((k) => (k === null ? '顶级（无上级）' : ORG_KIND_LABELS[k])).join('、');
  const parentText = parentKind === null ? '顶级' : ORG_KIND_LABELS[parentKind];
  return {
    rule: 'org-tree.kinds',
    field: 'parentId',
    message: `${ORG_KIND_LABELS[kind]}不能设在${parentText}之下，只能设在：${allowedText}`,
  };
}

/** Kinds that may be created under a parent of the given kind (for the web's "add child" menu). */
export function childKindsOf(parentKind: OrgKind | null): OrgKind[] {
  return ORG_KINDS.filter((k) => ALLOWED_PARENT_KINDS[k].includes(parentKind));
}
