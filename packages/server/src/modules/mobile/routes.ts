import {
  idSchema,
  inflowOrgHitSchema,
  inflowOrgQuerySchema,
  outflowActivityInputSchema,
  outflowDetailQuerySchema,
  outflowDetailSchema,
  outflowInputSchema,
  outflowListQuerySchema,
  outflowPageSchema,
  outflowReturnInputSchema,
  ownOutflowSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { confirmOutflow, recordOutflowActivity, returnOutflow } from './lifecycle';
import { getOutflow, getOwnOutflow, listOutflows } from './read';
import { registerOutflow, searchInflowOrgs } from './register';

const tags = ['mobile'];
const idParams = z.object({ id: idSchema });

/** Mobile members (流动党员, T8, T9): outflow registration, confirmation, activities and return. */
export async function mobileRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const { cipher } = deps;
  const db = deps.database.db;

  app.get(
    '/outflows',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '流动党员列表：side=out 为本组织流出的党员，side=in 为流入本组织的党员（联系方式脱敏）',
        querystring: outflowListQuerySchema,
        response: { 200: outflowPageSchema },
      },
    },
    async (request) => listOutflows(db, cipher, request.ctx, request.query),
  );

  app.get(
    '/outflows/inflow-orgs',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '按名称查找可作为流入地的党支部（全系统范围，最多 20 个，只含名称）',
        querystring: inflowOrgQuerySchema,
        response: { 200: z.array(inflowOrgHitSchema) },
      },
    },
    async (request) => searchInflowOrgs(db, request.ctx, request.query),
  );

  app.post(
    '/outflows',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '登记流动党员外出（流入地在系统内时待其确认，否则直接确认）',
        body: outflowInputSchema,
        response: { 201: outflowDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerOutflow(db, cipher, request.ctx, request.body)),
  );

  app.get(
    '/outflows/:id',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '流出登记详情及双方记录的活动；unmasked=true 显示完整联系方式（需权限，记入审计日志）',
        params: idParams,
        querystring: outflowDetailQuerySchema,
        response: { 200: outflowDetailSchema },
      },
    },
    async (request) => getOutflow(db, cipher, request.ctx, request.params.id, request.query.unmasked),
  );

  app.post(
    '/outflows/:id/confirm',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '流入地党组织确认接收流动党员',
        params: idParams,
        response: { 200: outflowDetailSchema },
      },
    },
    async (request) => confirmOutflow(db, cipher, request.ctx, request.params.id),
  );

  app.post(
    '/outflows/:id/return',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '流出地党组织登记流动党员返回，结束流出登记',
        params: idParams,
        body: outflowReturnInputSchema,
        response: { 200: outflowDetailSchema },
      },
    },
    async (request) => returnOutflow(db, cipher, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/outflows/:id/activities',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '记录流动党员参加会议、活动或联系情况（流出地、流入地均可记录）',
        params: idParams,
        body: outflowActivityInputSchema,
        response: { 201: outflowDetailSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordOutflowActivity(db, cipher, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/me/outflow',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '本人未结束的流出登记（外出流动情况）',
        response: { 200: ownOutflowSchema },
      },
    },
    async (request) => getOwnOutflow(db, cipher, request.ctx),
  );
}
