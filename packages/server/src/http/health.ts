import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../app';

export async function healthRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: '服务健康检查（公开）',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      await deps.database.db.execute(sql`SELECT 1`);
      return { status: 'ok' as const, database: deps.database.kind };
    },
  );
}
