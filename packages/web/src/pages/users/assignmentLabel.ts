import { ROLE_LABELS, type Assignment } from '@jiceng/core';

/** "支部书记 @ 东街社区党支部"; an org-less (administrator) role reaches the whole system. */
export function assignmentLabel(a: Assignment): string {
  return `${ROLE_LABELS[a.role]} @ ${a.orgId === null ? '全系统' : (a.orgName ?? `组织 #${a.orgId}`)}`;
}
