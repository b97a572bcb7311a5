import {
  idSchema,
  orgCreateSchema,
  orgMoveSchema,
  orgPostCreateSchema,
  orgPostSchema,
  orgSchema,
  orgSearchHitSchema,
  orgSearchQuerySchema,
  orgSummarySchema,
  orgUpdateSchema,
  orgKindSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import {
  addPost,
  createOrg,
  dissolveOrg,
  endPost,
  getOrg,
  listChildren,
  listRoots,
  moveOrg,
  searchOrgs,
  updateOrg,
} from './service';

const idParams = z.object({ id: idSchema });
const ok = z.object({ ok: z.literal(true) });
const orgDetailSchema = z.object({
  org: orgSchema,
  ancestors: z.array(z.object({ id: z.number().int(), name: z.string(), kind: orgKindSchema })),
  posts: z.array(orgPostSchema),
  children: z.array(orgSummarySchema),
});
const tags = ['orgs'];

export async function orgRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;

  app.get(
    '/orgs/roots',
    {
      config: { access: 'org.read' },
      schema: { tags, summary: '可见范围内的顶层组织', response: { 200: z.array(orgSummarySchema) } },
    },
    async (request) => listRoots(db, request.ctx),
  );

  app.get(
    '/orgs/search',
    {
      config: { access: 'org.read' },
      schema: {
        tags,
        summary: '按名称搜索组织（可限定在某组织之下）',
        querystring: orgSearchQuerySchema.extend({ under: idSchema.optional() }),
        response: { 200: z.array(orgSearchHitSchema) },
      },
    },
    async (request) => searchOrgs(db, request.ctx, request.query),
  );

  app.get(
    '/orgs/:id',
    {
      config: { access: 'org.read' },
      schema: {
        tags,
        summary: '组织详情：班子、任期、下级',
        params: idParams,
        response: { 200: orgDetailSchema },
      },
    },
    async (request) => getOrg(db, request.ctx, request.params.id),
  );

  app.get(
    '/orgs/:id/children',
    {
      config: { access: 'org.read' },
      schema: { tags, summary: '下级组织', params: idParams, response: { 200: z.array(orgSummarySchema) } },
    },
    async (request) => listChildren(db, request.ctx, request.params.id),
  );

  app.post(
    '/orgs',
    {
      config: { access: 'org.manage' },
      schema: { tags, summary: '建立组织', body: orgCreateSchema, response: { 201: orgSchema } },
    },
    async (request, reply) => reply.status(201).send(await createOrg(db, request.ctx, request.body)),
  );

  app.patch(
    '/orgs/:id',
    {
      config: { access: 'org.read' },
      schema: {
        tags,
        summary: '修改组织信息或任期（分别需要调整组织、维护班子的权限）',
        params: idParams,
        body: orgUpdateSchema,
        response: { 200: orgSchema },
      },
    },
    async (request) => updateOrg(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/orgs/:id/move',
    {
      config: { access: 'org.manage' },
      schema: {
        tags,
        summary: '调整隶属关系（整棵子树一起移动）',
        params: idParams,
        body: orgMoveSchema,
        response: { 200: orgSchema },
      },
    },
    async (request) => moveOrg(db, request.ctx, request.params.id, request.body.parentId),
  );

  app.delete(
    '/orgs/:id',
    {
      config: { access: 'org.manage' },
      schema: {
        tags,
        summary: '撤销组织（须无下级组织和用户角色）',
        params: idParams,
        response: { 200: ok },
      },
    },
    async (request) => {
      await dissolveOrg(db, request.ctx, request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/orgs/:id/posts',
    {
      config: { access: 'org.posts' },
      schema: {
        tags,
        summary: '任命班子职务',
        params: idParams,
        body: orgPostCreateSchema,
        response: { 201: orgPostSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addPost(db, request.ctx, request.params.id, request.body)),
  );

  app.delete(
    '/orgs/:id/posts/:postId',
    {
      config: { access: 'org.posts' },
      schema: {
        tags,
        summary: '免去班子职务（保留历史）',
        params: z.object({ id: idSchema, postId: idSchema }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await endPost(db, request.ctx, request.params.id, request.params.postId);
      return { ok: true as const };
    },
  );
}
