import {
  idSchema,
  transferCancelInputSchema,
  transferDestinationQuerySchema,
  transferDestinationSchema,
  transferExternalOutInputSchema,
  transferInboundInputSchema,
  transferListQuerySchema,
  transferListSchema,
  transferReceiptInputSchema,
  transferReceiveInputSchema,
  transferRefuseInputSchema,
  transferReissueInputSchema,
  transferSchema,
  transferStartInputSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { approveTransfer, cancelTransfer, refuseTransfer, reissueLetter } from './act';
import { transferLetterPdf } from './letter-pdf';
import { getTransfer, listTransfers, myTransfers, transferDestinations } from './list';
import { receiveTransfer, recordReceipt, registerInbound } from './receive';
import { startOutbound, startTransfer } from './start';

const tags = ['transfers'];
const idParams = z.object({ id: idSchema });

export async function transferRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const { cipher } = deps;

  app.get(
    '/transfers',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '组织关系转接：待我处理（含剩余天数）、转接中、已过期、已退回、已完成',
        querystring: transferListQuerySchema,
        response: { 200: transferListSchema },
      },
    },
    async (request) => listTransfers(db, request.ctx, request.query),
  );

  app.get(
    '/transfers/destinations',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '按名称查找可接收党员的党支部（全系统）',
        querystring: transferDestinationQuerySchema,
        response: { 200: z.array(transferDestinationSchema) },
      },
    },
    async (request) => transferDestinations(db, request.ctx, request.query.q),
  );

  app.get(
    '/transfers/:id',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '一次组织关系转接及其路径',
        params: idParams,
        response: { 200: transferSchema },
      },
    },
    async (request) => getTransfer(db, request.ctx, request.params.id),
  );

  app.post(
    '/transfers',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '转出党支部发起系统内组织关系转接（自动计算审批路径）',
        body: transferStartInputSchema,
        response: { 201: transferSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await startTransfer(db, cipher, request.ctx, request.body)),
  );

  app.post(
    '/transfers/outbound',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '转往系统外党组织：开具介绍信，回执返回后登记',
        body: transferExternalOutInputSchema,
        response: { 201: transferSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await startOutbound(db, cipher, request.ctx, request.body)),
  );

  app.post(
    '/transfers/inbound',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '凭系统外党组织开具的介绍信登记转入党员',
        body: transferInboundInputSchema,
        response: { 201: transferSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerInbound(db, cipher, request.ctx, request.body)),
  );

  app.post(
    '/transfers/:id/approve',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '路径上当前党组织审核转递（开具介绍信的党委同时编号开具）',
        params: idParams,
        response: { 200: transferSchema },
      },
    },
    async (request) => approveTransfer(db, cipher, request.ctx, request.params.id),
  );

  app.post(
    '/transfers/:id/refuse',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '路径上的党组织退回转接（须说明理由，转出党支部和党员本人可见）',
        params: idParams,
        body: transferRefuseInputSchema,
        response: { 200: transferSchema },
      },
    },
    async (request) => refuseTransfer(db, cipher, request.ctx, request.params.id, request.body.reason),
  );

  app.post(
    '/transfers/:id/cancel',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '转出党支部撤销未完成的转接',
        params: idParams,
        body: transferCancelInputSchema,
        response: { 200: transferSchema },
      },
    },
    async (request) => cancelTransfer(db, request.ctx, request.params.id, request.body.reason),
  );

  app.post(
    '/transfers/:id/reissue',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '重新开具已过期的介绍信（新编号）',
        params: idParams,
        body: transferReissueInputSchema,
        response: { 200: transferSchema },
      },
    },
    async (request) => reissueLetter(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/transfers/:id/receive',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '接收党支部登记报到：党员转入本支部，回执自动返回',
        params: idParams,
        body: transferReceiveInputSchema,
        response: { 200: transferSchema },
      },
    },
    async (request) => receiveTransfer(db, cipher, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/transfers/:id/receipt',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '登记纸质回执（转往或来自系统外的介绍信）',
        params: idParams,
        body: transferReceiptInputSchema,
        response: { 200: transferSchema },
      },
    },
    async (request) => recordReceipt(db, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/transfers/:id/letter.pdf',
    {
      config: { access: 'person.read' },
      schema: { tags, summary: '打印组织关系介绍信（存根、介绍信、回执三联）', params: idParams },
    },
    async (request, reply) => {
      const pdf = await transferLetterPdf(db, cipher, request.ctx, request.params.id);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent('组织关系介绍信.pdf')}`,
        )
        .send(pdf);
    },
  );

  app.get(
    '/me/transfers',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '本人的组织关系转接进度',
        response: { 200: z.array(transferSchema) },
      },
    },
    async (request) => myTransfers(db, request.ctx),
  );
}
