import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUserId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  orgId: z.number().int().nullable(),
  summary: z.unknown(),
  clientIp: z.string().nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  action: z.string().max(100).optional(),
  entityType: z.string().max(50).optional(),
  actor: z.string().max(64).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** Chinese names of audit actions, for the log page. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.login_failed': '登录失败',
  'auth.logout': '退出登录',
  'auth.password_changed': '修改密码',
  'org.created': '建立组织',
  'org.updated': '修改组织',
  'org.moved': '调整隶属关系',
  'org.dissolved': '撤销组织',
  'org.post_added': '任命职务',
  'org.post_ended': '免去职务',
  'user.created': '创建用户',
  'user.updated': '修改用户',
  'user.password_reset': '重置密码',
  'user.assignment_added': '分配角色',
  'user.assignment_removed': '取消角色',
  'notification.sent': '发送通知',
};
