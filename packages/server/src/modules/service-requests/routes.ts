import {
  hotlineServiceRequestInputSchema,
  idSchema,
  serviceAssignInputSchema,
  serviceCloseInputSchema,
  serviceDeadlinesInputSchema,
  serviceDeadlinesViewSchema,
  serviceOnTimeQuerySchema,
  serviceOnTimeViewSchema,
  serviceRequestDetailSchema,
  serviceRequestItemSchema,
  serviceRequestPageSchema,
  serviceRequestsQuerySchema,
  serviceResolveInputSchema,
  serviceRespondInputSchema,
} from '@jiceng/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { getDeadlines, setDeadlines } from './deadline-settings';
import { getServiceRequest } from './detail';
import { submitHotlineRequest } from './intake';
import { listServiceRequests } from './list';
import { myServiceRequests, myStep } from './mine';
import { onTimeByChildOrg } from './on-time';
import { publicServiceRequestRoutes } from './public-routes';
import { assignRequest, staffStep } from './steps';
import { answerInvalidBodiesWith422 } from './validation';

const tags = ['service-requests'];
const idParams = z.object({ id: idSchema });

/** 服务诉求: residents' and members' requests, dispatch, response deadlines, escalation and satisfaction. */
export async function serviceRequestRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  // An encapsulated scope, so the 422 answer for bad bodies applies to this module's routes only.
  await app.register(async (plain: FastifyInstance) => {
    answerInvalidBodiesWith422(plain);
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    await publicServiceRequestRoutes(scope, deps);
    await staffRoutes(scope, deps);
    await memberRoutes(scope, deps);
  });
}

async function staffRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const cipher = deps.cipher;

  app.get(
    '/service-requests',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '服务诉求列表：某组织及其下级的诉求，可按状态、类别、超时、上报、承办人筛选，附各状态数量',
        querystring: serviceRequestsQuerySchema,
        response: { 200: serviceRequestPageSchema },
      },
    },
    async (request) => listServiceRequests(db, cipher, request.ctx, request.query, new Date()),
  );

  app.post(
    '/service-requests',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '登记热线或现场受理的诉求',
        body: hotlineServiceRequestInputSchema,
        response: { 201: serviceRequestItemSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitHotlineRequest(db, cipher, request.ctx, request.body, new Date())),
  );

  app.get(
    '/service-requests/on-time',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '按时办结率：某组织各下级组织在一段时间内受理诉求的按时办结率和满意率',
        querystring: serviceOnTimeQuerySchema,
        response: { 200: serviceOnTimeViewSchema },
      },
    },
    async (request) => onTimeByChildOrg(db, request.ctx, request.query, new Date()),
  );

  app.get(
    '/service-requests/:id',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '诉求详情和办理过程（有办理权限的可见完整电话，查看记入审计）',
        params: idParams,
        response: { 200: serviceRequestDetailSchema },
      },
    },
    async (request) => getServiceRequest(db, cipher, request.ctx, request.params.id, new Date()),
  );

  app.post(
    '/service-requests/:id/assignment',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '派单：派给本组织及下级的党员或党员服务社（响应前可改派）',
        params: idParams,
        body: serviceAssignInputSchema,
        response: { 200: serviceRequestDetailSchema },
      },
    },
    async (request) => assignRequest(db, cipher, request.ctx, request.params.id, request.body, new Date()),
  );

  const stepSchema = <T extends z.ZodType>(summary: string, body: T) => ({
    config: { access: 'service.manage' as const },
    schema: { tags, summary, params: idParams, body, response: { 200: serviceRequestDetailSchema } },
  });

  app.post(
    '/service-requests/:id/response',
    stepSchema('登记响应（到场）', serviceRespondInputSchema),
    async (request) =>
      staffStep(
        db,
        cipher,
        request.ctx,
        request.params.id,
        { action: 'respond', input: request.body },
        new Date(),
      ),
  );

  app.post(
    '/service-requests/:id/resolution',
    stepSchema('办结（须填写办理结果）', serviceResolveInputSchema),
    async (request) =>
      staffStep(
        db,
        cipher,
        request.ctx,
        request.params.id,
        { action: 'resolve', input: request.body },
        new Date(),
      ),
  );

  app.post(
    '/service-requests/:id/rejection',
    stepSchema('不予受理（须说明理由）', serviceCloseInputSchema),
    async (request) =>
      staffStep(
        db,
        cipher,
        request.ctx,
        request.params.id,
        { action: 'reject', input: request.body },
        new Date(),
      ),
  );

  app.post(
    '/service-requests/:id/withdrawal',
    stepSchema('群众撤回（须说明理由）', serviceCloseInputSchema),
    async (request) =>
      staffStep(
        db,
        cipher,
        request.ctx,
        request.params.id,
        { action: 'withdraw', input: request.body },
        new Date(),
      ),
  );

  app.get(
    '/orgs/:id/service-deadlines',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '该组织适用的响应和办结时限（本级设置，否则上级设置，否则默认）',
        params: idParams,
        response: { 200: serviceDeadlinesViewSchema },
      },
    },
    async (request) => getDeadlines(db, request.ctx, request.params.id),
  );

  app.put(
    '/orgs/:id/service-deadlines',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '设置本组织各类诉求的响应和办结时限（分钟；未设置的类别沿用上级）',
        params: idParams,
        body: serviceDeadlinesInputSchema,
        response: { 200: serviceDeadlinesViewSchema },
      },
    },
    async (request) => setDeadlines(db, request.ctx, request.params.id, request.body),
  );
}

async function memberRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const cipher = deps.cipher;

  app.get(
    '/me/service-requests',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '派给本人的服务诉求（未办结的显示群众完整电话，查看记入审计）',
        response: { 200: z.array(serviceRequestItemSchema) },
      },
    },
    async (request) => myServiceRequests(db, cipher, request.ctx, new Date()),
  );

  app.post(
    '/me/service-requests/:id/response',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '本人登记到场（响应）',
        params: idParams,
        body: serviceRespondInputSchema,
        response: { 200: serviceRequestDetailSchema },
      },
    },
    async (request) =>
      myStep(
        db,
        cipher,
        request.ctx,
        request.params.id,
        { action: 'respond', input: request.body },
        new Date(),
      ),
  );

  app.post(
    '/me/service-requests/:id/resolution',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '本人办结（须填写办理结果）',
        params: idParams,
        body: serviceResolveInputSchema,
        response: { 200: serviceRequestDetailSchema },
      },
    },
    async (request) =>
      myStep(
        db,
        cipher,
        request.ctx,
        request.params.id,
        { action: 'resolve', input: request.body },
        new Date(),
      ),
  );
}
