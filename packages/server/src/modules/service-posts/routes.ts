import {
  chinaToday,
  idSchema,
  myServicePostsSchema,
  postClaimDecisionSchema,
  postClaimEndSchema,
  postClaimInputSchema,
  postClaimsQuerySchema,
  serviceHoursDecisionSchema,
  serviceHoursEntrySchema,
  serviceHoursInputSchema,
  serviceHoursQuerySchema,
  servicePostClaimSchema,
  servicePostInputSchema,
  servicePostSchema,
  servicePostsQuerySchema,
  servicePostUpdateSchema,
  stepRefusalSchema,
  taskForceInputSchema,
  taskForceSchema,
  taskForcesQuerySchema,
  taskForceTaskInputSchema,
  taskForceTaskUpdateSchema,
  taskForceUpdateSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { activityRoutes } from './activities-routes';
import { answer } from './answer';
import { claimPost, decideClaim, endClaim, listClaims, withdrawClaim } from './claims';
import { decideHours, listHours, logOwnHours, recordHours } from './hours';
import { hoursExport, writeHours } from './hours-excel';
import { streamXlsx } from '../imports/xlsx-response';
import { myServicePosts } from './mine';
import { createPost, getPost, listPosts, updatePost } from './posts';
import { addTask, createTaskForce, listTaskForces, updateTask, updateTaskForce } from './task-forces';

const tags = ['service-posts'];
const idParams = z.object({ id: idSchema });

/** 公益岗位: volunteer posts members claim, logged hours, task forces and recurring activities. */
export async function servicePostRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const today = () => chinaToday();

  app.get(
    '/service-posts',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '组织及其下级发布的岗位（公益岗位、党员责任区、党员示范岗），含名额、已认领和服务时长',
        querystring: servicePostsQuerySchema,
        response: { 200: z.array(servicePostSchema) },
      },
    },
    async (request) => listPosts(db, request.ctx, request.query),
  );

  app.post(
    '/service-posts',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '发布岗位（名额、服务期、地点）',
        body: servicePostInputSchema,
        response: { 201: servicePostSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createPost(db, request.ctx, request.body)),
  );

  app.get(
    '/service-posts/:id',
    {
      config: { access: 'service.read' },
      schema: { tags, summary: '岗位详情', params: idParams, response: { 200: servicePostSchema } },
    },
    async (request) => getPost(db, request.ctx, request.params.id),
  );

  app.patch(
    '/service-posts/:id',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '修改岗位或开放、关闭认领（名额不能少于已认领和待审核的人数）',
        params: idParams,
        body: servicePostUpdateSchema,
        response: { 200: servicePostSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) => answer(reply, updatePost(db, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/service-post-claims',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '组织及其下级党员的岗位认领，可按状态和岗位筛选',
        querystring: postClaimsQuerySchema,
        response: { 200: z.array(servicePostClaimSchema) },
      },
    },
    async (request) => listClaims(db, request.ctx, request.query),
  );

  app.post(
    '/service-post-claims/:id/decision',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '党支部审核岗位认领：通过（不超过名额）或写明理由不通过；通知认领人',
        params: idParams,
        body: postClaimDecisionSchema,
        response: { 200: servicePostClaimSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) =>
      answer(reply, decideClaim(db, deps.cipher, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/service-post-claims/:id/end',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '结束已认领的岗位（服务期满或调整），服务时长保留',
        params: idParams,
        body: postClaimEndSchema,
        response: { 200: servicePostClaimSchema },
      },
    },
    async (request) => endClaim(db, request.ctx, request.params.id, request.body.reason),
  );

  app.post(
    '/service-post-claims/:id/hours',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '党支部为认领人登记服务时长（直接确认）',
        params: idParams,
        body: serviceHoursInputSchema,
        response: { 201: serviceHoursEntrySchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) =>
      answer(reply, recordHours(db, request.ctx, request.params.id, request.body, today()), 201),
  );

  app.get(
    '/service-hours',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '组织及其下级党员的岗位服务时长，可按状态（待确认等）筛选',
        querystring: serviceHoursQuerySchema,
        response: { 200: z.array(serviceHoursEntrySchema) },
      },
    },
    async (request) => listHours(db, request.ctx, request.query),
  );

  app.get(
    '/service-hours.xlsx',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '导出服务时长台账（.xlsx），筛选同列表',
        querystring: serviceHoursQuerySchema,
      },
    },
    async (request, reply) => {
      const { entries, fileName } = await hoursExport(db, request.ctx, request.query);
      return streamXlsx(reply, fileName, (out) => writeHours(entries, out));
    },
  );

  app.post(
    '/service-hours/:id/decision',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '确认党员登记的服务时长（确认后计入志愿服务积分），或写明理由不确认',
        params: idParams,
        body: serviceHoursDecisionSchema,
        response: { 200: serviceHoursEntrySchema },
      },
    },
    async (request) => decideHours(db, deps.cipher, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/task-forces',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '组织及其下级的党员攻坚组，含组员、任务和进度',
        querystring: taskForcesQuerySchema,
        response: { 200: z.array(taskForceSchema) },
      },
    },
    async (request) => listTaskForces(db, request.ctx, request.query.orgId, today()),
  );

  app.post(
    '/task-forces',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '成立党员攻坚组（组长和组员为本组织及下级的党员）',
        body: taskForceInputSchema,
        response: { 201: taskForceSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTaskForce(db, request.ctx, request.body, today())),
  );

  app.patch(
    '/task-forces/:id',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '修改攻坚组（名称、目标、组长、组员、完成）',
        params: idParams,
        body: taskForceUpdateSchema,
        response: { 200: taskForceSchema },
      },
    },
    async (request) => updateTaskForce(db, request.ctx, request.params.id, request.body, today()),
  );

  app.post(
    '/task-forces/:id/tasks',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '为攻坚组添加任务',
        params: idParams,
        body: taskForceTaskInputSchema,
        response: { 201: taskForceSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addTask(db, request.ctx, request.params.id, request.body, today())),
  );

  app.patch(
    '/task-force-tasks/:id',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '更新任务进度（进度 100 即完成）',
        params: idParams,
        body: taskForceTaskUpdateSchema,
        response: { 200: taskForceSchema },
      },
    },
    async (request) => updateTask(db, request.ctx, request.params.id, request.body, today()),
  );

  app.get(
    '/me/service-posts',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '本人可认领的岗位（本组织和上级组织发布、尚有名额）、本人的认领和服务时长、近期活动',
        response: { 200: myServicePostsSchema },
      },
    },
    async (request) => myServicePosts(db, request.ctx, today()),
  );

  app.post(
    '/me/service-posts/:id/claims',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '认领岗位（名额已满、岗位关闭或服务期已过时不能认领），由党支部审核',
        params: idParams,
        body: postClaimInputSchema,
        response: { 201: servicePostClaimSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) =>
      answer(reply, claimPost(db, deps.cipher, request.ctx, request.params.id, request.body, today()), 201),
  );

  app.post(
    '/me/service-post-claims/:id/withdrawal',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '撤回本人的岗位认领（待审核或已认领）',
        params: idParams,
        response: { 200: servicePostClaimSchema },
      },
    },
    async (request) => withdrawClaim(db, request.ctx, request.params.id),
  );

  app.post(
    '/me/service-post-claims/:id/hours',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '登记本人在认领岗位上的服务时长，由党支部确认',
        params: idParams,
        body: serviceHoursInputSchema,
        response: { 201: serviceHoursEntrySchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) =>
      answer(reply, logOwnHours(db, deps.cipher, request.ctx, request.params.id, request.body, today()), 201),
  );

  await activityRoutes(app, deps);
}
