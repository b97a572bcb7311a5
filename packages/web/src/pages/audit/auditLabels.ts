import { AUDIT_ACTION_LABELS } from '@jiceng/core';

/** Core names actions but not entity types; these are the types the server records. */
export const ENTITY_TYPE_LABELS: Record<string, string> = {
  org: '组织',
  org_post: '班子职务',
  user: '用户',
  notification: '通知',
};

export function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }));
