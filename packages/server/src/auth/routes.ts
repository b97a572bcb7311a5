import { loginSchema, meSchema, passwordChangeSchema, ROLE_PERMISSIONS, type Permission } from '@jiceng/core';
import { z } from 'zod';
import { SESSION_COOKIE, type AppDeps, type ZodApp } from '../app';
import { getSelf } from '../modules/users/service';
import { memberUserIdFor } from '../modules/persons/self-service';
import { changeOwnPassword, login, logout } from './service';
import { requireActor } from './access';

const ok = z.object({ ok: z.literal(true) });

export async function authRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const policy = { idleMinutes: deps.config.sessionIdleMinutes, maxHours: deps.config.sessionMaxHours };

  app.post(
    '/auth/login',
    {
      config: {
        access: 'public',
        rateLimit: { max: deps.config.loginRatePerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: '登录（公开）',
        body: loginSchema,
        response: { 200: z.object({ userId: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const result = await login(
        deps.database.db,
        request.ctx,
        request.body,
        request.headers['user-agent'] ?? null,
        policy,
        (login) => memberUserIdFor(deps.database.db, deps.cipher, login),
      );
      reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.config.cookieSecure,
        path: '/',
        maxAge: policy.maxHours * 3600,
      });
      return { userId: result.userId };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: '退出登录', response: { 200: ok } },
    },
    async (request, reply) => {
      await logout(deps.database.db, request.ctx);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: '当前用户及其角色', response: { 200: meSchema } },
    },
    async (request) => {
      const actor = requireActor(request.ctx);
      const user = await getSelf(deps.database.db, request.ctx);
      const permissions = new Set<Permission>();
      for (const a of actor.assignments) for (const p of ROLE_PERMISSIONS[a.role]) permissions.add(p);
      return { ...user, permissions: [...permissions] };
    },
  );

  app.post(
    '/auth/password',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: '修改本人密码', body: passwordChangeSchema, response: { 200: ok } },
    },
    async (request) => {
      await changeOwnPassword(deps.database.db, request.ctx, request.body);
      return { ok: true as const };
    },
  );
}
