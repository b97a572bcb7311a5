import {
  idSchema,
  memberReviewSchema,
  personReviewSchema,
  reviewSaveInputSchema,
  reviewYearSchema,
  ruleRefusalSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { orRefusal } from './refused';
import { getReview, personReviews, saveReview } from './service';

const tags = ['reviews'];
const yearParams = z.object({ id: idSchema, year: reviewYearSchema });

export async function reviewRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;

  app.get(
    '/orgs/:id/reviews/:year',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags,
        summary: '民主评议党员：本支部正常在册党员及当年评定的等次、优秀比例和提示',
        params: yearParams,
        response: { 200: memberReviewSchema, 422: ruleRefusalSchema },
      },
    },
    async (request, reply) =>
      orRefusal(reply, () => getReview(db, request.ctx, request.params.id, request.params.year)),
  );

  app.put(
    '/orgs/:id/reviews/:year',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags,
        summary: '保存民主评议结果（正式党员须评定等次，预备党员参加评议不评定等次；优秀超过比例只提示）',
        params: yearParams,
        body: reviewSaveInputSchema,
        response: { 200: memberReviewSchema, 422: ruleRefusalSchema },
      },
    },
    async (request, reply) =>
      orRefusal(reply, () =>
        saveReview(db, request.ctx, request.params.id, request.params.year, request.body),
      ),
  );

  app.get(
    '/persons/:id/reviews',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags,
        summary: '党员历年民主评议等次',
        params: z.object({ id: idSchema }),
        response: { 200: z.array(personReviewSchema) },
      },
    },
    async (request) => personReviews(db, request.ctx, request.params.id),
  );
}
