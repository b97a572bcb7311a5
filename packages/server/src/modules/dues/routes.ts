import {
  bulkPaymentInputSchema,
  duesDeclarationDecisionSchema,
  duesDeclarationInputSchema,
  duesDeclarationSchema,
  duesArrearsListSchema as arrearsListSchema,
  duesBaseSchema as baseSchema,
  duesBulkPaidSchema as bulkPaidSchema,
  duesBulkRefusalSchema as bulkRefusalSchema,
  duesGeneratedSchema as generatedSchema,
  duesHardshipSchema as hardshipSchema,
  duesPaidSchema as paidSchema,
  duesPaidUpToViewSchema,
  duesPaymentSchema as paymentSchema,
  duesRosterQuerySchema,
  duesRosterSchema,
  memberDuesSchema,
  duesBaseInputSchema,
  duesMonthSchema,
  DUES_2008,
  hardshipInputSchema,
  idSchema,
  paymentInputSchema,
  reversalInputSchema,
  stepRefusalSchema,
} from '@jiceng/core';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { StepRefused } from '../development/refusal';
import { arrearsList } from './arrears-list';
import { getOwnDues, getPaidUpTo, getPersonDues, recordBase, recordHardship, setDuesSettings } from './bases';
import { BulkRefused } from './bulk-refusal';
import { decideDeclaration, declareIncome } from './declarations';
import { generateLedger } from './generate';
import { recordBulkPayment, recordPayment } from './payments';
import { reversePayment } from './reversal';
import { getDuesRoster } from './roster';

const tags = ['dues'];
const idParams = z.object({ id: idSchema });
const { min, max } = DUES_2008.farmerRangeFen;

const settingsSchema = z.strictObject({
  farmerAmountFen: z
    .number({ message: '交纳金额应为数字（单位：分）' })
    .int({ message: `农牧渔民党员每月交纳金额应为 ${min}–${max} 分` })
    .min(min, { message: `农牧渔民党员每月交纳金额应为 ${min}–${max} 分` })
    .max(max, { message: `农牧渔民党员每月交纳金额应为 ${min}–${max} 分` }),
});
const generateSchema = z.strictObject({ orgId: idSchema.optional(), month: duesMonthSchema });
/** A refusal answers with every violation (or, for a round, every member), so the form can mark each. */
async function created(reply: FastifyReply, work: Promise<unknown>, status = 201) {
  try {
    return reply.status(status).send(await work);
  } catch (error) {
    if (error instanceof StepRefused || error instanceof BulkRefused) {
      return reply.status(422).send(error.body());
    }
    throw error;
  }
}

export async function duesRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;

  app.post(
    '/persons/:id/dues-bases',
    {
      config: { access: 'dues.manage' },
      schema: {
        tags,
        summary: '核定党费交纳基数（每年一次；收入变化时自新收入首次领取之月起）',
        params: idParams,
        body: duesBaseInputSchema,
        response: { 201: baseSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) => created(reply, recordBase(db, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/persons/:id/dues-hardships',
    {
      config: { access: 'dues.manage' },
      schema: {
        tags,
        summary: '登记困难党员少交或免交党费的决定（支部决定、上级党委批准）',
        params: idParams,
        body: hardshipInputSchema,
        response: { 201: hardshipSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) =>
      created(reply, recordHardship(db, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/persons/:id/dues',
    {
      config: { access: 'dues.read' },
      schema: {
        tags,
        summary: '党员的党费：交纳基数、困难减免、逐月台账和欠交情况',
        params: idParams,
        response: { 200: memberDuesSchema },
      },
    },
    async (request) => getPersonDues(db, request.ctx, request.params.id),
  );

  app.get(
    '/persons/:id/dues/paid-up-to',
    {
      config: { access: 'dues.read' },
      schema: {
        tags,
        summary: '党费交到的月份（开具组织关系介绍信时预填）',
        params: idParams,
        response: { 200: duesPaidUpToViewSchema },
      },
    },
    async (request) => getPaidUpTo(db, request.ctx, request.params.id),
  );

  app.put(
    '/orgs/:id/dues-settings',
    {
      config: { access: 'dues.manage' },
      schema: {
        tags,
        summary: '设置本支部农牧渔民党员每月交纳党费的金额（0.20–1.00 元）',
        params: idParams,
        body: settingsSchema,
        response: {
          200: z.object({ orgId: z.number(), farmerAmountFen: z.number() }),
          422: stepRefusalSchema,
        },
      },
    },
    async (request, reply) =>
      created(reply, setDuesSettings(db, request.ctx, request.params.id, request.body), 200),
  );

  app.post(
    '/dues/ledger/generate',
    {
      config: { access: 'dues.manage' },
      schema: {
        tags,
        summary: '生成某月的党费台账（按交纳基数、困难减免和支部设置计算每名党员应交金额）',
        body: generateSchema,
        response: { 200: generatedSchema },
      },
    },
    async (request) => generateLedger(db, request.ctx, request.body),
  );

  app.post(
    '/dues/payments',
    {
      config: { access: 'dues.manage' },
      schema: {
        tags,
        summary: '登记一名党员交纳党费（可补交欠交月份或预交）',
        body: paymentInputSchema,
        response: { 201: paidSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) => created(reply, recordPayment(db, request.ctx, request.body)),
  );

  app.post(
    '/dues/payments/bulk',
    {
      config: { access: 'dues.manage' },
      schema: {
        tags,
        summary: '批量登记多名党员某月已交党费（任一党员不能登记则全部不登记）',
        body: bulkPaymentInputSchema,
        response: { 201: bulkPaidSchema, 422: bulkRefusalSchema },
      },
    },
    async (request, reply) => created(reply, recordBulkPayment(db, request.ctx, request.body)),
  );

  app.post(
    '/dues/payments/:id/reversal',
    {
      config: { access: 'dues.manage' },
      schema: {
        tags,
        summary: '冲正一条交纳记录（不修改原记录，冲正后该月可重新登记）',
        params: idParams,
        body: reversalInputSchema,
        response: {
          201: z.object({ reversal: paymentSchema, original: paymentSchema }),
          422: stepRefusalSchema,
        },
      },
    },
    async (request, reply) =>
      created(reply, reversePayment(db, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/dues/roster',
    {
      config: { access: 'dues.read' },
      schema: {
        tags,
        summary: '支部某月党费收缴名单：每名党员的应交金额、是否已交、困难减免和连续欠交月数，合计与台账一致',
        querystring: duesRosterQuerySchema,
        response: { 200: duesRosterSchema },
      },
    },
    async (request) => getDuesRoster(db, request.ctx, request.query),
  );

  app.get(
    '/dues/arrears',
    {
      config: { access: 'dues.read' },
      schema: {
        tags,
        summary: '欠交党费的党员：连续欠交月数、满 3 个月提醒、满 6 个月无正当理由列入支部处置名单',
        querystring: z.object({ orgId: z.coerce.number().int().positive().optional() }),
        response: { 200: arrearsListSchema },
      },
    },
    async (request) => arrearsList(db, request.ctx, request.query),
  );

  app.post(
    '/me/dues-declarations',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '本人申报年度月收入（党费交纳基数），由所在支部核定',
        body: duesDeclarationInputSchema,
        response: { 201: duesDeclarationSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) => created(reply, declareIncome(db, deps.cipher, request.ctx, request.body)),
  );

  app.post(
    '/dues/declarations/:id/decision',
    {
      config: { access: 'dues.manage' },
      schema: {
        tags,
        summary: '核定或退回党员本人的收入申报（核定即登记为交纳基数）',
        params: idParams,
        body: duesDeclarationDecisionSchema,
        response: { 200: duesDeclarationSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) =>
      created(reply, decideDeclaration(db, deps.cipher, request.ctx, request.params.id, request.body), 200),
  );

  app.get(
    '/me/dues',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '本人的党费：逐月台账、本月应交和欠交情况',
        response: { 200: memberDuesSchema },
      },
    },
    async (request) => getOwnDues(db, request.ctx),
  );
}
