import { idSchema, notificationSchema, notificationSendSchema, pageQuerySchema } from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { listInbox, markRead, sendNotification } from './service';

const tags = ['notifications'];
const ok = z.object({ ok: z.literal(true) });

export async function notificationRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;

  app.get(
    '/notifications',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '我的通知',
        querystring: pageQuerySchema,
        response: {
          200: z.object({
            items: z.array(notificationSchema),
            total: z.number().int(),
            unread: z.number().int(),
          }),
        },
      },
    },
    async (request) => listInbox(db, request.ctx, request.query),
  );

  app.post(
    '/notifications/:id/read',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '标为已读', params: z.object({ id: idSchema }), response: { 200: ok } },
    },
    async (request) => {
      await markRead(db, request.ctx, request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/notifications/read-all',
    { config: { access: 'authenticated' }, schema: { tags, summary: '全部标为已读', response: { 200: ok } } },
    async (request) => {
      await markRead(db, request.ctx, 'all');
      return { ok: true as const };
    },
  );

  app.post(
    '/notifications',
    {
      config: { access: 'notification.send' },
      schema: {
        tags,
        summary: '向管理范围内的用户发送站内通知',
        body: notificationSendSchema,
        response: { 200: z.object({ sent: z.number().int() }) },
      },
    },
    async (request) => sendNotification(db, deps.cipher, request.ctx, request.body),
  );
}
