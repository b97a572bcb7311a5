import multipart from '@fastify/multipart';
import {
  idSchema,
  modelSiteInputSchema,
  modelSitePageSchema,
  modelSiteSchema,
  modelSitesQuerySchema,
  modelSiteUpdateSchema,
  PHOTO_MAX_BYTES,
  venueDetailSchema,
  venueInputSchema,
  venuePhotoSchema,
  venueSchema,
  venuesQuerySchema,
  venueUpdateSchema,
  venueUseInputSchema,
  venueUseSchema,
} from '@jiceng/core';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { streamXlsx } from '../imports/xlsx-response';
import { venuesExport, writeVenues } from './excel';
import { createModelSite, listModelSites, modelSitePage, updateModelSite } from './model-sites';
import { addPhoto, checkPhotoOwner, getPhoto, readPhoto, removePhoto } from './photos';
import { createVenue, getVenue, listVenues, recordUse, updateVenue } from './venues';

const tags = ['venues'];
const idParams = z.object({ id: idSchema });

/** 党群活动场所: venues, their use log and model sites. */
export async function venueRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const { cipher } = deps;

  app.post(
    '/venues',
    {
      config: { access: 'service.manage' },
      schema: { tags, summary: '登记党群活动场所', body: venueInputSchema, response: { 201: venueSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createVenue(db, cipher, request.ctx, request.body)),
  );

  app.get(
    '/venues',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '活动场所列表：某组织及其下级的场所，可按类型筛选（联系电话脱敏）',
        querystring: venuesQuerySchema,
        response: { 200: z.array(venueSchema) },
      },
    },
    async (request) => listVenues(db, cipher, request.ctx, request.query),
  );

  app.get(
    '/venues.xlsx',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '导出活动场所（.xlsx，筛选条件同列表，联系电话脱敏）',
        querystring: venuesQuerySchema,
      },
    },
    async (request, reply) => {
      const { rows, fileName } = await venuesExport(db, cipher, request.ctx, request.query);
      return streamXlsx(reply, fileName, (out) => writeVenues(rows, out));
    },
  );

  app.get(
    '/venues/:id',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '场所详情、照片、使用记录和示范点；unmasked=true 显示完整联系电话（需权限，记入审计日志）',
        params: idParams,
        querystring: z.object({ unmasked: z.enum(['true', 'false']).optional() }),
        response: { 200: venueDetailSchema },
      },
    },
    async (request) =>
      getVenue(db, cipher, request.ctx, request.params.id, request.query.unmasked === 'true'),
  );

  app.patch(
    '/venues/:id',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '修改场所信息，或停用、恢复场所',
        params: idParams,
        body: venueUpdateSchema,
        response: { 200: venueSchema },
      },
    },
    async (request) => updateVenue(db, cipher, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/venues/:id/uses',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '登记场所使用（日期、活动内容、使用组织、参加人数）',
        params: idParams,
        body: venueUseInputSchema,
        response: { 201: venueUseSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordUse(db, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/model-sites',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '命名示范点（一个场所或一个党支部，县级或乡镇级，年度和特色做法）',
        body: modelSiteInputSchema,
        response: { 201: modelSiteSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createModelSite(db, request.ctx, request.body)),
  );

  app.get(
    '/model-sites',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '示范点列表，可按级别和年度筛选',
        querystring: modelSitesQuerySchema,
        response: { 200: z.array(modelSiteSchema) },
      },
    },
    async (request) => listModelSites(db, request.ctx, request.query),
  );

  app.get(
    '/model-sites/:id',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '示范点页面：所在党支部（书记、党员数）、特色做法、场所和照片',
        params: idParams,
        response: { 200: modelSitePageSchema },
      },
    },
    async (request) => modelSitePage(db, cipher, request.ctx, request.params.id),
  );

  app.patch(
    '/model-sites/:id',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '修改示范点名称和特色做法，或填写撤销原因撤销示范点',
        params: idParams,
        body: modelSiteUpdateSchema,
        response: { 200: modelSiteSchema },
      },
    },
    async (request) => updateModelSite(db, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/venue-photos/:id',
    {
      config: { access: 'service.read' },
      schema: { tags, summary: '场所或示范点照片', params: idParams },
    },
    async (request, reply) => {
      const photo = await getPhoto(db, request.ctx, request.params.id);
      return reply
        .header('content-type', photo.contentType)
        .header('cache-control', 'private, max-age=3600')
        .send(photo.data);
    },
  );

  app.delete(
    '/venue-photos/:id',
    {
      config: { access: 'service.manage' },
      schema: { tags, summary: '删除照片（记入审计日志）', params: idParams },
    },
    async (request, reply) => {
      await removePhoto(db, request.ctx, request.params.id);
      return reply.status(204).send();
    },
  );

  // Multipart only in this scope: every other route keeps accepting JSON alone.
  await app.register(async (scope) => {
    const uploads = scope.withTypeProvider<ZodTypeProvider>();
    await uploads.register(multipart, { limits: { fileSize: PHOTO_MAX_BYTES, files: 1, fields: 2 } });
    for (const owner of ['venue', 'model_site'] as const) {
      uploads.post(
        owner === 'venue' ? '/venues/:id/photos' : '/model-sites/:id/photos',
        {
          config: { access: 'service.manage' },
          schema: {
            tags,
            summary: `上传${owner === 'venue' ? '场所' : '示范点'}照片（multipart，字段 file，可选 caption；JPEG/PNG/WebP，不超过 2 MB）`,
            params: idParams,
            response: { 201: venuePhotoSchema },
          },
        },
        async (request, reply) => {
          await checkPhotoOwner(db, request.ctx, { kind: owner, id: request.params.id });
          const photo = await readPhoto(request);
          return reply
            .status(201)
            .send(await addPhoto(db, request.ctx, { kind: owner, id: request.params.id }, photo));
        },
      );
    }
  });
}
