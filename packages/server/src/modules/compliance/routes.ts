import {
  branchComplianceListSchema,
  complianceBranchesQuerySchema,
  complianceReminderInputSchema,
  complianceReminderResultSchema,
  complianceSummaryQuerySchema,
  complianceSummarySchema,
  idSchema,
  localRuleInputSchema,
  meetingRulesViewSchema,
  ruleIdParamsSchema,
  stepRefusalSchema,
} from '@jiceng/core';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { StepRefused } from '../development/refusal';
import { getBranchCompliance } from './branches';
import { remindNow } from './reminders';
import { endMeetingRule, getMeetingRules, setMeetingRule } from './rules';
import { getComplianceSummary } from './summary';

const tags = ['compliance'];
const idParams = z.object({ id: idSchema });

/** A refused rule answers with every violation and the rule it breaks, so the form can show the reference. */
async function refusable(reply: FastifyReply, status: 200 | 201, work: Promise<unknown>) {
  try {
    return reply.status(status).send(await work);
  } catch (error) {
    if (error instanceof StepRefused) return reply.status(422).send(error.body());
    throw error;
  }
}

export async function complianceRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;

  app.get(
    '/orgs/:id/meeting-rules',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags,
        summary: '本级组织生活要求：规定的频次与本级及上级党组织的规定，注明来源',
        params: idParams,
        response: { 200: meetingRulesViewSchema },
      },
    },
    async (request) => getMeetingRules(db, request.ctx, request.params.id),
  );

  app.post(
    '/orgs/:id/meeting-rules',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags,
        summary: '设置本级组织生活要求（只能比规定更严；同一活动类别只保留最新一条）',
        params: idParams,
        body: localRuleInputSchema,
        response: { 201: meetingRulesViewSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) =>
      refusable(reply, 201, setMeetingRule(db, request.ctx, request.params.id, request.body)),
  );

  app.delete(
    '/orgs/:id/meeting-rules/:ruleId',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags,
        summary: '停止执行一条本级组织生活要求',
        params: ruleIdParamsSchema,
        response: { 200: meetingRulesViewSchema },
      },
    },
    async (request) => endMeetingRule(db, request.ctx, request.params.id, request.params.ruleId),
  );

  app.get(
    '/compliance/branches',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags,
        summary: '各支部组织生活完成情况：本年度截至指定日期每个周期已完成、待完成或未完成',
        querystring: complianceBranchesQuerySchema,
        response: { 200: branchComplianceListSchema },
      },
    },
    async (request) => getBranchCompliance(db, request.ctx, request.query),
  );

  app.get(
    '/compliance/summary',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags,
        summary: '组织生活达标汇总：按下级组织和活动类别统计本期达标比例及未完成的支部',
        querystring: complianceSummaryQuerySchema,
        response: { 200: complianceSummarySchema },
      },
    },
    async (request) => getComplianceSummary(db, request.ctx, request.query),
  );

  app.post(
    '/compliance/reminders',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags,
        summary: '立即提醒本期即将截止仍未完成组织生活的支部（每个支部、类别和周期只提醒一次）',
        body: complianceReminderInputSchema,
        response: { 200: complianceReminderResultSchema },
      },
    },
    async (request) => remindNow(db, deps.cipher, request.ctx, request.body),
  );
}
