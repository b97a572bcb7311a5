import {
  correctionDecisionSchema,
  correctionRequestSchema,
  correctionSchema,
  CORRECTION_STATUSES,
  idSchema,
  passwordResetSchema,
  pageOf,
  personCreateSchema,
  personEventSchema,
  personListQuerySchema,
  personSchema,
  personUpdateSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { createPerson, getPerson, listPersonEvents, listPersons, updatePerson } from './service';
import {
  createMemberAccount,
  decideCorrection,
  getOwnRecord,
  listCorrections,
  requestCorrection,
} from './self-service';

const idParams = z.object({ id: idSchema });
const tags = ['persons'];

export async function personRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const { cipher } = deps;
  const db = deps.database.db;

  app.get(
    '/persons',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary:
          '人员列表：姓名、身份证号或手机号查找，按组织、阶段、性别、年龄段、学历、人员类别、入党时间段筛选',
        querystring: personListQuerySchema,
        response: { 200: pageOf(personSchema) },
      },
    },
    async (request) => {
      const result = await listPersons(db, cipher, request.ctx, request.query);
      return { ...result, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.post(
    '/persons',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '登记人员（阶段日期生成对应的档案记录）',
        body: personCreateSchema,
        response: { 201: personSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPerson(db, cipher, request.ctx, request.body)),
  );

  app.get(
    '/persons/:id',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '人员档案；unmasked=true 显示完整身份证号和手机号（需权限，记入审计日志）',
        params: idParams,
        querystring: z.object({ unmasked: z.enum(['true', 'false']).optional() }),
        response: { 200: personSchema },
      },
    },
    async (request) =>
      getPerson(db, cipher, request.ctx, request.params.id, request.query.unmasked === 'true'),
  );

  app.patch(
    '/persons/:id',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '修改人员基本信息',
        params: idParams,
        body: personUpdateSchema,
        response: { 200: personSchema },
      },
    },
    async (request) => updatePerson(db, cipher, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/persons/:id/events',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '人员档案记录（时间线）',
        params: idParams,
        response: { 200: z.array(personEventSchema) },
      },
    },
    async (request) => listPersonEvents(db, request.ctx, request.params.id),
  );
}

export async function personSelfRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const { cipher } = deps;
  const db = deps.database.db;

  app.post(
    '/persons/:id/account',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '为党员开通登录账号（可用身份证号或手机号登录）',
        params: idParams,
        body: passwordResetSchema,
        response: { 201: z.object({ username: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createMemberAccount(db, request.ctx, request.params.id, request.body.password)),
  );

  app.get(
    '/me/person',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '本人档案（完整信息）、档案记录和更正申请',
        response: {
          200: z.object({
            person: personSchema,
            events: z.array(personEventSchema),
            corrections: z.array(correctionSchema),
          }),
        },
      },
    },
    async (request) => getOwnRecord(db, cipher, request.ctx),
  );

  app.post(
    '/me/corrections',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '申请更正本人档案',
        body: correctionRequestSchema,
        response: { 201: correctionSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requestCorrection(db, cipher, request.ctx, request.body)),
  );

  app.get(
    '/corrections',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '党员提交的档案更正申请',
        querystring: z.object({ status: z.enum(CORRECTION_STATUSES).optional() }),
        response: { 200: z.array(correctionSchema) },
      },
    },
    async (request) => listCorrections(db, cipher, request.ctx, request.query.status),
  );

  app.post(
    '/corrections/:id/decision',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '审核更正申请：同意则更新档案，不同意须说明理由',
        params: idParams,
        body: correctionDecisionSchema,
        response: { 200: correctionSchema },
      },
    },
    async (request) => decideCorrection(db, cipher, request.ctx, request.params.id, request.body),
  );
}
