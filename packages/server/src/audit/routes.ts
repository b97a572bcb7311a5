import { auditEntrySchema, auditQuerySchema, pageOf } from '@jiceng/core';
import type { AppDeps, ZodApp } from '../app';
import { listAudit } from './service';

export async function auditRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  app.get(
    '/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: '审计日志（按操作、对象、操作人、组织、日期筛选）',
        querystring: auditQuerySchema,
        response: { 200: pageOf(auditEntrySchema) },
      },
    },
    async (request) => {
      const result = await listAudit(deps.database.db, request.ctx, request.query);
      return { ...result, page: request.query.page, pageSize: request.query.pageSize };
    },
  );
}
