import multipart from '@fastify/multipart';
import {
  activityAttendanceInputSchema,
  activityOccurrenceDetailSchema,
  activityOccurrenceSchema,
  activitySeriesInputSchema,
  activitySeriesQuerySchema,
  activitySeriesSchema,
  activitySeriesUpdateSchema,
  cancelOccurrenceSchema,
  chinaToday,
  generateOccurrencesSchema,
  idSchema,
  myActivitySchema,
  occurrencesQuerySchema,
  PHOTO_MAX_BYTES,
  stepRefusalSchema,
} from '@jiceng/core';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import {
  cancelOccurrence,
  cancelSignUp,
  getOccurrence,
  markAttendance,
  signUp,
} from './activities-attendance';
import { addPhoto, checkPhotoTarget, deletePhoto, readPhoto, readPhotoUpload } from './activities-photos';
import {
  createSeries,
  generateOccurrences,
  listOccurrences,
  listSeries,
  updateSeries,
} from './activities-series';
import { answer } from './answer';

const tags = ['activities'];
const idParams = z.object({ id: idSchema });

/** Recurring activities (红色星期六 …): series, their dates, sign-ups, attendance with hours, photos. */
export async function activityRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const today = () => chinaToday();

  app.get(
    '/activity-series',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '组织及其下级的固定活动（如每月第一个周六的红色星期六）',
        querystring: activitySeriesQuerySchema,
        response: { 200: z.array(activitySeriesSchema) },
      },
    },
    async (request) => listSeries(db, request.ctx, request.query.orgId),
  );

  app.post(
    '/activity-series',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '设立固定活动（重复规则、地点、每次计入的服务时长、人数上限）并安排未来一年的日期',
        body: activitySeriesInputSchema,
        response: { 201: activitySeriesSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSeries(db, request.ctx, request.body, today())),
  );

  app.patch(
    '/activity-series/:id',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '修改固定活动；改变规则或起止日期时重新安排今后的日期（已有报名或照片的保留）',
        params: idParams,
        body: activitySeriesUpdateSchema,
        response: { 200: activitySeriesSchema },
      },
    },
    async (request) => updateSeries(db, request.ctx, request.params.id, request.body, today()),
  );

  app.get(
    '/activity-series/:id/occurrences',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '固定活动已安排的日期，含报名、出席和照片数',
        params: idParams,
        querystring: occurrencesQuerySchema,
        response: { 200: z.array(activityOccurrenceSchema) },
      },
    },
    async (request) => listOccurrences(db, request.ctx, request.params.id, request.query),
  );

  app.post(
    '/activity-series/:id/occurrences',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '按重复规则安排一段时间（最长一年）内的活动日期，已安排的保留',
        params: idParams,
        body: generateOccurrencesSchema,
        response: { 200: z.array(activityOccurrenceSchema), 422: stepRefusalSchema },
      },
    },
    async (request, reply) =>
      answer(reply, generateOccurrences(db, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/activity-occurrences/:id',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '一次活动：报名和出席名单、计入时长、照片',
        params: idParams,
        response: { 200: activityOccurrenceDetailSchema },
      },
    },
    async (request) => getOccurrence(db, request.ctx, request.params.id),
  );

  app.post(
    '/activity-occurrences/:id/cancellation',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '取消一次活动（须写明原因；已登记出席的不能取消），通知已报名的党员',
        params: idParams,
        body: cancelOccurrenceSchema,
        response: { 200: activityOccurrenceDetailSchema },
      },
    },
    async (request) => cancelOccurrence(db, deps.cipher, request.ctx, request.params.id, request.body.reason),
  );

  app.post(
    '/activity-occurrences/:id/attendance',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '活动当天或之后登记出席：出席者计入活动规定的服务时长（可逐人调整），缺席者不计',
        params: idParams,
        body: activityAttendanceInputSchema,
        response: { 200: activityOccurrenceDetailSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) =>
      answer(reply, markAttendance(db, request.ctx, request.params.id, request.body, today())),
  );

  app.get(
    '/activity-photos/:id',
    {
      config: { access: 'service.read' },
      schema: { tags, summary: '活动照片（原图）', params: idParams },
    },
    async (request, reply) => {
      const photo = await readPhoto(db, request.ctx, request.params.id);
      return reply
        .header('content-type', photo.contentType)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .send(photo.data);
    },
  );

  app.delete(
    '/activity-photos/:id',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '删除活动照片',
        params: idParams,
        response: { 200: activityOccurrenceDetailSchema },
      },
    },
    async (request) => deletePhoto(db, request.ctx, request.params.id),
  );

  // Multipart parsing only in this scope: every other route keeps accepting JSON alone.
  await app.register(async (scope) => {
    const zodScope = scope.withTypeProvider<ZodTypeProvider>();
    await zodScope.register(multipart, { limits: { fileSize: PHOTO_MAX_BYTES, files: 1, fields: 2 } });
    zodScope.post(
      '/activity-occurrences/:id/photos',
      {
        config: { access: 'service.manage' },
        // The upload is read whole before the limit can answer, so the body may be as large as the limit.
        bodyLimit: PHOTO_MAX_BYTES + 64 * 1024,
        schema: {
          tags,
          summary: '上传活动照片（multipart，字段 file；JPEG、PNG 或 WebP，不超过 2 MB）',
          consumes: ['multipart/form-data'],
          params: idParams,
          response: { 201: activityOccurrenceDetailSchema },
        },
      },
      async (request, reply) => {
        await checkPhotoTarget(db, request.ctx, request.params.id);
        const data = await readPhotoUpload(request);
        return reply.status(201).send(await addPhoto(db, request.ctx, request.params.id, data));
      },
    );
  });

  app.post(
    '/me/activity-occurrences/:id/signup',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '报名参加本组织或上级组织的活动（活动前一天截止，有人数上限的报满为止）',
        params: idParams,
        response: { 201: myActivitySchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) => answer(reply, signUp(db, request.ctx, request.params.id, today()), 201),
  );

  app.delete(
    '/me/activity-occurrences/:id/signup',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '取消报名（活动前一天截止）',
        params: idParams,
        response: { 200: myActivitySchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) => answer(reply, cancelSignUp(db, request.ctx, request.params.id, today())),
  );
}
