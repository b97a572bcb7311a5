import {
  assignmentInputSchema,
  idSchema,
  pageOf,
  pageQuerySchema,
  passwordResetSchema,
  userCreateSchema,
  userSchema,
  userUpdateSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import {
  addAssignment,
  createUser,
  getUser,
  listUsers,
  removeAssignment,
  resetPassword,
  updateUser,
} from './service';

const idParams = z.object({ id: idSchema });
const tags = ['users'];

export async function userRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;

  app.get(
    '/users',
    {
      config: { access: 'user.read' },
      schema: {
        tags,
        summary: '用户列表（管理范围内）',
        querystring: pageQuerySchema.extend({
          q: z.string().trim().max(64).optional(),
          orgId: idSchema.optional(),
        }),
        response: { 200: pageOf(userSchema) },
      },
    },
    async (request) => {
      const result = await listUsers(db, request.ctx, request.query);
      return { ...result, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/users/:id',
    {
      config: { access: 'user.read' },
      schema: { tags, summary: '用户详情', params: idParams, response: { 200: userSchema } },
    },
    async (request) => getUser(db, request.ctx, request.params.id),
  );

  app.post(
    '/users',
    {
      config: { access: 'user.manage' },
      schema: { tags, summary: '创建用户并分配角色', body: userCreateSchema, response: { 201: userSchema } },
    },
    async (request, reply) => reply.status(201).send(await createUser(db, request.ctx, request.body)),
  );

  app.patch(
    '/users/:id',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: '修改姓名或停用账号',
        params: idParams,
        body: userUpdateSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => updateUser(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/users/:id/password',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: '重置密码（同时解除锁定）',
        params: idParams,
        body: passwordResetSchema,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      await resetPassword(db, request.ctx, request.params.id, request.body.password);
      return { ok: true as const };
    },
  );

  app.post(
    '/users/:id/assignments',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: '分配角色',
        params: idParams,
        body: assignmentInputSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => addAssignment(db, request.ctx, request.params.id, request.body),
  );

  app.delete(
    '/users/:id/assignments/:assignmentId',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: '取消角色',
        params: z.object({ id: idSchema, assignmentId: idSchema }),
        response: { 200: userSchema },
      },
    },
    async (request) => removeAssignment(db, request.ctx, request.params.id, request.params.assignmentId),
  );
}
