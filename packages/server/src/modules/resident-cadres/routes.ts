import {
  cadreAssignmentDetailSchema,
  cadreAssignmentEndSchema,
  cadreAssignmentInputSchema,
  cadreAssignmentSchema,
  cadreAssignmentsQuerySchema,
  cadreAssignmentUpdateSchema,
  cadreCountsQuerySchema,
  cadreCountsSchema,
  cadrePresenceInputSchema,
  cadrePresenceSchema,
  cadreSettingsInputSchema,
  cadreSettingsSchema,
  cadreTaskInputSchema,
  cadreTaskSchema,
  cadreTaskUpdateSchema,
  chinaToday,
  idSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { streamXlsx } from '../imports/xlsx-response';
import {
  createAssignment,
  endAssignment,
  getAssignment,
  listAssignments,
  updateAssignment,
} from './assignments';
import { cadreCounts, getCadreSettings, setCadreSettings } from './counts';
import { assignmentsExport, writeAssignments } from './excel';
import { logPresence, removePresence } from './presence-log';
import { addTask, updateTask } from './tasks';

const tags = ['resident-cadres'];
const idParams = z.object({ id: idSchema });

/** 驻村干部: cadres stationed in villages, their presence log and tasks. */
export async function residentCadreRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const { cipher } = deps;

  app.post(
    '/resident-cadres',
    {
      config: { access: 'cadre.manage' },
      schema: {
        tags,
        summary: '选派驻村干部（帮、联、驻）或第一书记：档案内党员或档案外干部，派驻村与期间',
        body: cadreAssignmentInputSchema,
        response: { 201: cadreAssignmentSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAssignment(db, cipher, request.ctx, request.body)),
  );

  app.get(
    '/resident-cadres',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '驻村干部列表：某组织下各村的选派，可按工作方式、状态和第一书记筛选（手机号脱敏）',
        querystring: cadreAssignmentsQuerySchema,
        response: { 200: z.array(cadreAssignmentSchema) },
      },
    },
    async (request) => listAssignments(db, cipher, request.ctx, request.query),
  );

  app.get(
    '/resident-cadres.xlsx',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '导出驻村干部名单（.xlsx，筛选条件同列表，手机号脱敏）',
        querystring: cadreAssignmentsQuerySchema,
      },
    },
    async (request, reply) => {
      const { rows, fileName } = await assignmentsExport(db, cipher, request.ctx, request.query);
      return streamXlsx(reply, fileName, (out) => writeAssignments(rows, out));
    },
  );

  app.get(
    '/resident-cadres/counts',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '按乡镇统计：各工作方式人数、第一书记、驻村干部本月在村天数（低于最少天数的标出）',
        querystring: cadreCountsQuerySchema,
        response: { 200: cadreCountsSchema },
      },
    },
    async (request) => cadreCounts(db, request.ctx, request.query),
  );

  app.get(
    '/resident-cadres/:id',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '选派详情、在村记录和任务；unmasked=true 显示完整手机号（需权限，记入审计日志）',
        params: idParams,
        querystring: z.object({ unmasked: z.enum(['true', 'false']).optional() }),
        response: { 200: cadreAssignmentDetailSchema },
      },
    },
    async (request) =>
      getAssignment(db, cipher, request.ctx, request.params.id, request.query.unmasked === 'true'),
  );

  app.patch(
    '/resident-cadres/:id',
    {
      config: { access: 'cadre.manage' },
      schema: {
        tags,
        summary: '修改选派：截止日期、第一书记、派出单位、职务、手机号、备注',
        params: idParams,
        body: cadreAssignmentUpdateSchema,
        response: { 200: cadreAssignmentSchema },
      },
    },
    async (request) => updateAssignment(db, cipher, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/resident-cadres/:id/end',
    {
      config: { access: 'cadre.manage' },
      schema: {
        tags,
        summary: '结束选派（须说明原因，记录保留）',
        params: idParams,
        body: cadreAssignmentEndSchema,
        response: { 200: cadreAssignmentSchema },
      },
    },
    async (request) => endAssignment(db, cipher, request.ctx, request.params.id, request.body, chinaToday()),
  );

  app.post(
    '/resident-cadres/:id/presence',
    {
      config: { access: 'cadre.manage' },
      schema: {
        tags,
        summary: '登记在村（全天或半天，不能晚于今天，须在派驻期间内，每天一条）',
        params: idParams,
        body: cadrePresenceInputSchema,
        response: { 201: cadrePresenceSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await logPresence(db, request.ctx, request.params.id, request.body, chinaToday())),
  );

  app.delete(
    '/resident-cadre-presence/:id',
    {
      config: { access: 'cadre.manage' },
      schema: { tags, summary: '删除误登的在村记录（记入审计日志）', params: idParams },
    },
    async (request, reply) => {
      await removePresence(db, request.ctx, request.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/resident-cadres/:id/tasks',
    {
      config: { access: 'cadre.manage' },
      schema: {
        tags,
        summary: '布置驻村任务（名称、完成期限、说明）',
        params: idParams,
        body: cadreTaskInputSchema,
        response: { 201: cadreTaskSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addTask(db, request.ctx, request.params.id, request.body)),
  );

  app.patch(
    '/resident-cadre-tasks/:id',
    {
      config: { access: 'cadre.manage' },
      schema: {
        tags,
        summary: '办结（须填写完成情况）或取消驻村任务',
        params: idParams,
        body: cadreTaskUpdateSchema,
        response: { 200: cadreTaskSchema },
      },
    },
    async (request) => updateTask(db, request.ctx, request.params.id, request.body, chinaToday()),
  );

  app.get(
    '/orgs/:id/resident-cadre-settings',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '适用于该组织的驻村干部每月最少在村天数（本级或上级党委设定，未设定时为默认值）',
        params: idParams,
        response: { 200: cadreSettingsSchema },
      },
    },
    async (request) => getCadreSettings(db, request.ctx, request.params.id),
  );

  app.put(
    '/orgs/:id/resident-cadre-settings',
    {
      config: { access: 'cadre.manage' },
      schema: {
        tags,
        summary: '党委设定驻村干部每月最少在村天数',
        params: idParams,
        body: cadreSettingsInputSchema,
        response: { 200: cadreSettingsSchema },
      },
    },
    async (request) => setCadreSettings(db, request.ctx, request.params.id, request.body),
  );
}
