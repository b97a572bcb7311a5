import {
  publicServiceOrgSchema,
  publicServiceReceiptSchema,
  publicServiceRequestInputSchema,
  publicServiceTrackingSchema,
  serviceRateInputSchema,
  trackingCodeSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { AppError } from '../../http/errors';
import { publicServiceOrgs, submitPublicRequest } from './intake';
import { rateRequest, trackRequest } from './tracking';

const tags = ['service-requests'];
const codeParams = z.object({ code: trackingCodeSchema });
/** Looking up by code is cheap but must not let anyone walk through codes. */
const LOOKUPS_PER_MINUTE = 30;

/** The resident's side, without signing in: where to file, filing, following by code and rating. */
export async function publicServiceRequestRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const max = deps.config.publicRequestsPer10Minutes;

  app.get(
    '/public/service-orgs',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '可受理群众诉求的村（社区）列表（公开，仅名称）',
        response: { 200: z.array(publicServiceOrgSchema) },
      },
    },
    async () => publicServiceOrgs(db),
  );

  app.post(
    '/public/service-requests',
    {
      config: {
        access: 'public',
        rateLimit: {
          max,
          timeWindow: '10 minutes',
          errorResponseBuilder: () =>
            new AppError(
              429,
              'too_many_requests',
              `提交过于频繁：同一网络 10 分钟内最多提交 ${max} 件诉求，请稍后再试；紧急情况请直接拨打服务热线`,
            ),
        },
      },
      schema: {
        tags,
        summary: '群众提交诉求（公开，须留联系人和手机号，按来源地址限制频率），返回查询码',
        body: publicServiceRequestInputSchema,
        response: { 201: publicServiceReceiptSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await submitPublicRequest(db, deps.cipher, request.ctx, request.body, new Date())),
  );

  app.get(
    '/public/service-requests/:code',
    {
      config: { access: 'public', rateLimit: { max: LOOKUPS_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '凭查询码查看诉求办理进度（公开，不含个人信息）',
        params: codeParams,
        response: { 200: publicServiceTrackingSchema },
      },
    },
    async (request) => trackRequest(db, request.params.code),
  );

  app.post(
    '/public/service-requests/:code/rating',
    {
      config: { access: 'public', rateLimit: { max: LOOKUPS_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '凭查询码评价已办结的诉求（满意/基本满意/不满意，只能评价一次）',
        params: codeParams,
        body: serviceRateInputSchema,
        response: { 200: publicServiceTrackingSchema },
      },
    },
    async (request) => rateRequest(db, request.ctx, request.params.code, request.body, new Date()),
  );
}
