import {
  idSchema,
  jointReviewCellSchema,
  jointReviewCreateInputSchema,
  jointReviewDecisionInputSchema,
  jointReviewDepartmentListSchema,
  jointReviewDepartmentsInputSchema,
  jointReviewerInputSchema,
  jointReviewListQuerySchema,
  jointReviewQueueItemSchema,
  jointReviewSchema,
  ruleRefusalSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { orRefusal } from '../reviews/refused';
import { decide, reviewerQueue } from './decisions';
import { addReviewer, getDepartments, removeReviewer, setDepartments } from './departments';
import { createJointReview, listJointReviews } from './joint-reviews';

const tags = ['joint-reviews'];
const idParams = z.object({ id: idSchema });

export async function jointReviewRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const { cipher } = deps;

  app.get(
    '/orgs/:id/joint-review-departments',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags,
        summary: '村干部资格联审部门（按县设置，首次使用时按默认名单建立）',
        params: idParams,
        response: { 200: jointReviewDepartmentListSchema },
      },
    },
    async (request) => getDepartments(db, request.ctx, request.params.id),
  );

  app.put(
    '/orgs/:id/joint-review-departments',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags,
        summary: '设置本县的资格联审部门（已参与联审的部门不能删除）',
        params: idParams,
        body: jointReviewDepartmentsInputSchema,
        response: { 200: jointReviewDepartmentListSchema },
      },
    },
    async (request) => setDepartments(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/joint-review-departments/:id/reviewers',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: '指定联审部门的审查人员（须持有联审部门审查人员角色）',
        params: idParams,
        body: jointReviewerInputSchema,
        response: { 200: jointReviewDepartmentListSchema, 422: ruleRefusalSchema },
      },
    },
    async (request, reply) =>
      orRefusal(reply, () => addReviewer(db, request.ctx, request.params.id, request.body.userId)),
  );

  app.delete(
    '/joint-review-departments/:id/reviewers/:userId',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: '取消联审部门的审查人员',
        params: idParams.extend({ userId: idSchema }),
        response: { 200: jointReviewDepartmentListSchema },
      },
    },
    async (request) => removeReviewer(db, request.ctx, request.params.id, request.params.userId),
  );

  app.post(
    '/joint-reviews',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags,
        summary: '村党组织报送候选人名单，送本县各联审部门审查（身份证号加密保存）',
        body: jointReviewCreateInputSchema,
        response: { 201: jointReviewSchema, 422: ruleRefusalSchema },
      },
    },
    async (request, reply) =>
      orRefusal(reply, async () =>
        reply.status(201).send(await createJointReview(db, cipher, request.ctx, request.body)),
      ),
  );

  app.get(
    '/joint-reviews',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags,
        summary: '资格联审及其候选人 × 部门审查情况',
        querystring: jointReviewListQuerySchema,
        response: { 200: z.array(jointReviewSchema) },
      },
    },
    async (request) => listJointReviews(db, cipher, request.ctx, request.query.orgId),
  );

  app.get(
    '/joint-reviews/queue',
    {
      config: { access: 'joint_review.decide' },
      schema: {
        tags,
        summary: '待我所在联审部门审查的候选人',
        response: { 200: z.array(jointReviewQueueItemSchema) },
      },
    },
    async (request) => reviewerQueue(db, cipher, request.ctx),
  );

  app.post(
    '/joint-reviews/:id/candidates/:candidateId/decision',
    {
      config: { access: 'joint_review.decide' },
      schema: {
        tags,
        summary: '联审部门对一名候选人的意见（通过，或有异议并说明理由）',
        params: idParams.extend({ candidateId: idSchema }),
        body: jointReviewDecisionInputSchema,
        response: { 200: jointReviewCellSchema, 422: ruleRefusalSchema },
      },
    },
    async (request, reply) =>
      orRefusal(reply, () =>
        decide(db, cipher, request.ctx, request.params.id, request.params.candidateId, request.body),
      ),
  );
}
