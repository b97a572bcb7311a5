import {
  consentInputSchema,
  coverageSchema,
  fundContributionInputSchema,
  fundGrantInputSchema,
  fundLedgerSchema,
  householdCloseSchema,
  householdInputSchema,
  householdPageSchema,
  householdSchema,
  householdsQuerySchema,
  householdUpdateSchema,
  idSchema,
  myPairingsSchema,
  myVisitInputSchema,
  pairingEndSchema,
  pairingInputSchema,
  pairingOrgQuerySchema,
  pairingSchema,
  pairingsQuerySchema,
  stepRefusalSchema,
  visitInputSchema,
  visitPageSchema,
  visitSchema,
  visitsQuerySchema,
  visitVoidSchema,
} from '@jiceng/core';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { StepRefused } from '../development/refusal';
import { streamXlsx } from '../imports/xlsx-response';
import { getCoverage } from './coverage';
import { getFund, recordContribution, recordGrant } from './fund';
import {
  closeHousehold,
  createHousehold,
  deleteHousehold,
  getHousehold,
  listHouseholds,
  recordConsent,
  updateHousehold,
} from './households';
import { myPairings } from './me';
import { createPairing, endPairing, listPairings } from './pairings';
import { listVisits, recordOwnVisit, recordVisit, voidVisit } from './visits';
import { visitsExport, writeVisits } from './visits-excel';

const tags = ['pairing'];
const idParams = z.object({ id: idSchema });
const refused = { 422: stepRefusalSchema };

/** A refusal by the rules answers with every violation, so the form can mark each field. */
async function answer(reply: FastifyReply, status: 200 | 201, work: Promise<unknown>) {
  try {
    return reply.status(status).send(await work);
  } catch (error) {
    if (error instanceof StepRefused) return reply.status(422).send(error.body());
    throw error;
  }
}

/** 结对帮扶: households, their pairing with cadres and members, visits and the mutual-aid fund. */
export async function pairingRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const { cipher } = deps;
  const db = deps.database.db;

  app.post(
    '/pairing/households',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '登记帮扶对象（户主、家庭人口、困难类型；身份证号和手机号加密保存）',
        body: householdInputSchema,
        response: { 201: householdSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createHousehold(db, cipher, request.ctx, request.body)),
  );

  app.get(
    '/pairing/households',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '帮扶对象列表：某组织及其下级，可按姓名、困难类型、是否结对筛选（身份证号、手机号脱敏）',
        querystring: householdsQuerySchema,
        response: { 200: householdPageSchema },
      },
    },
    async (request) => listHouseholds(db, cipher, request.ctx, request.query),
  );

  app.get(
    '/pairing/households/:id',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '帮扶对象详情；查看完整身份证号和手机号需相应权限并记入审计日志',
        params: idParams,
        querystring: z.object({ unmasked: z.enum(['true', 'false']).optional() }),
        response: { 200: householdSchema },
      },
    },
    async (request) =>
      getHousehold(db, cipher, request.ctx, request.params.id, request.query.unmasked === 'true'),
  );

  app.patch(
    '/pairing/households/:id',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '修改帮扶对象信息',
        params: idParams,
        body: householdUpdateSchema,
        response: { 200: householdSchema },
      },
    },
    async (request) => updateHousehold(db, cipher, request.ctx, request.params.id, request.body),
  );

  app.delete(
    '/pairing/households/:id',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '删除误登记的帮扶对象（已有结对或互助金记录的不能删除，应办理退出）',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteHousehold(db, request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/pairing/households/:id/consent',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '登记帮扶对象本人同意接受帮扶（日期、书面或口头、记录人）；未登记同意的不能结对',
        params: idParams,
        body: consentInputSchema,
        response: { 200: householdSchema },
      },
    },
    async (request) => recordConsent(db, cipher, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/pairing/households/:id/closure',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '帮扶对象退出帮扶（稳定脱困、迁出等），其结对同日结束，记录保留',
        params: idParams,
        body: householdCloseSchema,
        response: { 200: householdSchema },
      },
    },
    async (request) => closeHousehold(db, cipher, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/pairing/pairings',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '结对：帮扶对象与党员或干部结对（须已登记本人同意）',
        body: pairingInputSchema,
        response: { 201: pairingSchema, ...refused },
      },
    },
    async (request, reply) => answer(reply, 201, createPairing(db, request.ctx, request.body)),
  );

  app.get(
    '/pairing/pairings',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '结对列表：某组织及其下级的帮扶对象与帮扶人，可按帮扶对象、帮扶人、是否在结对中筛选',
        querystring: pairingsQuerySchema,
        response: { 200: z.array(pairingSchema) },
      },
    },
    async (request) => listPairings(db, request.ctx, request.query),
  );

  app.post(
    '/pairing/pairings/:id/end',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '结束结对（注明原因）',
        params: idParams,
        body: pairingEndSchema,
        response: { 200: pairingSchema, ...refused },
      },
    },
    async (request, reply) =>
      answer(reply, 200, endPairing(db, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/pairing/visits',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '代帮扶人登记走访（走访人须在走访日与该帮扶对象结对）',
        body: visitInputSchema,
        response: { 201: visitSchema, ...refused },
      },
    },
    async (request, reply) => answer(reply, 201, recordVisit(db, request.ctx, request.body)),
  );

  app.get(
    '/pairing/visits',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '走访记录：某组织及其下级，可按帮扶对象、走访人、日期筛选，附资金和物资合计',
        querystring: visitsQuerySchema,
        response: { 200: visitPageSchema },
      },
    },
    async (request) => listVisits(db, request.ctx, request.query),
  );

  app.get(
    '/pairing/visits.xlsx',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '导出走访记录（.xlsx，与列表相同的筛选）',
        querystring: visitsQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const { visits, fileName } = await visitsExport(db, request.ctx, request.query);
      return streamXlsx(reply, fileName, (out) => writeVisits(visits, out));
    },
  );

  app.post(
    '/pairing/visits/:id/void',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '作废登记错误的走访记录（须说明理由，记录保留，不再计入统计和积分）',
        params: idParams,
        body: visitVoidSchema,
        response: { 200: visitSchema },
      },
    },
    async (request) => voidVisit(db, request.ctx, request.params.id, request.body.reason),
  );

  app.get(
    '/pairing/coverage',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '帮扶覆盖情况：按下级组织统计帮扶户、覆盖人口、帮扶人、本年走访和帮扶金额、三个月未走访户数',
        querystring: pairingOrgQuerySchema,
        response: { 200: coverageSchema },
      },
    },
    async (request) => getCoverage(db, request.ctx, request.query.orgId),
  );

  app.get(
    '/pairing/funds/:id',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '党组织互助金台账：捐入、发放和余额',
        params: idParams,
        response: { 200: fundLedgerSchema },
      },
    },
    async (request) => getFund(db, request.ctx, request.params.id),
  );

  app.post(
    '/pairing/funds/contributions',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '登记互助金捐入（捐入人、金额、日期）',
        body: fundContributionInputSchema,
        response: { 201: fundLedgerSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await recordContribution(db, request.ctx, request.body)),
  );

  app.post(
    '/pairing/funds/grants',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '登记互助金发放（受助帮扶对象、金额、用途、审批人；不能超过余额）',
        body: fundGrantInputSchema,
        response: { 201: fundLedgerSchema, ...refused },
      },
    },
    async (request, reply) => answer(reply, 201, recordGrant(db, request.ctx, request.body)),
  );

  app.get(
    '/me/pairings',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '本人结对帮扶的对象及最近走访',
        response: { 200: myPairingsSchema },
      },
    },
    async (request) => myPairings(db, cipher, request.ctx),
  );

  app.post(
    '/me/pairing-visits',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '本人登记对结对帮扶对象的走访（须在结对期间内）',
        body: myVisitInputSchema,
        response: { 201: visitSchema, ...refused },
      },
    },
    async (request, reply) => answer(reply, 201, recordOwnVisit(db, request.ctx, request.body)),
  );
}
