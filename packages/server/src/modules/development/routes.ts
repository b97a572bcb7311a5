import {
  boardQuerySchema,
  boardSchema,
  developmentReminderResultSchema,
  developmentSchema,
  idSchema,
  pipelineQuerySchema,
  pipelineSchema,
  reminderInputSchema,
  stepRecordedSchema,
  stepRecordInputSchema,
  stepRefusalSchema,
  stepVoidInputSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { getBoard } from './board';
import { getPipeline } from './pipeline';
import { recordStep } from './record-step';
import { StepRefused } from './refusal';
import { getDevelopment, getOwnDevelopment } from './timeline';
import { voidStep } from './void-step';
import { developmentRecordPdf } from './record-pdf';
import { remindFromBoard } from './reminders';

const tags = ['development'];
const idParams = z.object({ id: idSchema });

export async function developmentRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;

  app.get(
    '/persons/:id/development',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '发展党员进程：已记录的步骤、下一步及最早日期、预备期届满日和转正日期',
        params: idParams,
        response: { 200: developmentSchema },
      },
    },
    async (request) => getDevelopment(db, request.ctx, request.params.id),
  );

  app.get(
    '/me/development',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '本人的入党进程：已完成的步骤、下一步及最早日期',
        response: { 200: developmentSchema },
      },
    },
    async (request) => getOwnDevelopment(db, request.ctx),
  );

  app.get(
    '/persons/:id/development/record.pdf',
    {
      config: { access: 'person.read' },
      schema: { tags, summary: '打印发展党员纪实表（PDF）', params: idParams },
    },
    async (request, reply) => {
      const pdf = await developmentRecordPdf(db, deps.cipher, request.ctx, request.params.id);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent('发展党员纪实表.pdf')}`,
        )
        .send(pdf);
    },
  );

  app.post(
    '/persons/:id/development/steps',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '记录发展党员的一个步骤（按规则检查，不符合时说明依据和最早可行日期）',
        params: idParams,
        body: stepRecordInputSchema,
        response: { 201: stepRecordedSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) => {
      try {
        return reply.status(201).send(await recordStep(db, request.ctx, request.params.id, request.body));
      } catch (error) {
        if (error instanceof StepRefused) return reply.status(422).send(error.body());
        throw error;
      }
    },
  );

  app.post(
    '/persons/:id/development/steps/:eventId/void',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '撤销最近记录的一步（追加撤销记录，不修改历史）',
        params: idParams.extend({ eventId: idSchema }),
        body: stepVoidInputSchema,
        response: { 200: developmentSchema },
      },
    },
    async (request) => voidStep(db, request.ctx, request.params.id, request.params.eventId, request.body),
  );

  app.get(
    '/development/board',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '发展党员待办：谈话、考察、确定发展对象、审批和转正的到期与逾期提醒',
        querystring: boardQuerySchema,
        response: { 200: boardSchema },
      },
    },
    async (request) => getBoard(db, request.ctx, request.query),
  );

  app.post(
    '/development/reminders',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '立即发送发展党员待办提醒（站内消息给各组织账号，短信给支部书记；同一事项每周最多一次）',
        body: reminderInputSchema,
        response: { 200: developmentReminderResultSchema },
      },
    },
    async (request) => remindFromBoard(db, deps.cipher, request.ctx, request.body),
  );

  app.get(
    '/development/pipeline',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '发展党员阶段看板：按阶段分列，每人显示下一步及最早日期和到期事项',
        querystring: pipelineQuerySchema,
        response: { 200: pipelineSchema },
      },
    },
    async (request) => getPipeline(db, request.ctx, request.query),
  );
}
