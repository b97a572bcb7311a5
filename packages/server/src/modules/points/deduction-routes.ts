import {
  idSchema,
  pointsDeductionInputSchema,
  pointsDeductionListSchema,
  pointsDeductionRevokeSchema,
  pointsDeductionSchema,
  stepRefusalSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { listDeductions, recordDeduction, revokeDeduction } from './deductions';
import { answer } from './refusal-reply';

const tags = ['points'];
const idParams = z.object({ id: idSchema });

/** 违纪违规扣分: the branch records a deduction against a member, or revokes a wrong one with a reason. */
export async function deductionRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;

  app.post(
    '/persons/:id/points-deductions',
    {
      config: { access: 'points.manage' },
      schema: {
        tags,
        summary: '记录党员违纪违规扣分（按积分细则计分、受上限约束）；未来的日期和已关闭的月份不能记录',
        params: idParams,
        body: pointsDeductionInputSchema,
        response: { 201: pointsDeductionSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) =>
      answer(reply, recordDeduction(db, request.ctx, request.params.id, request.body), 201),
  );

  app.get(
    '/persons/:id/points-deductions',
    {
      config: { access: 'points.read' },
      schema: {
        tags,
        summary: '党员的违纪违规扣分记录（含已撤销的记录及撤销理由）',
        params: idParams,
        response: { 200: pointsDeductionListSchema },
      },
    },
    async (request) => listDeductions(db, request.ctx, request.params.id),
  );

  app.post(
    '/points-deductions/:id/revocation',
    {
      config: { access: 'points.manage' },
      schema: {
        tags,
        summary: '撤销错记的扣分（须说明理由，记录保留，不再计入积分）',
        params: idParams,
        body: pointsDeductionRevokeSchema,
        response: { 200: pointsDeductionSchema },
      },
    },
    async (request) => revokeDeduction(db, request.ctx, request.params.id, request.body.revokeReason),
  );
}
