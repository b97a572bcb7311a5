import {
  chinaToday,
  duesMonthSchema,
  idSchema,
  myPointsSchema,
  orgPointsRulesSchema,
  personPointsSchema,
  pointsClaimDecisionSchema,
  pointsClaimInputSchema,
  pointsClaimListSchema,
  pointsClaimSchema,
  pointsClaimsQuerySchema,
  pointsLedgerQuerySchema,
  pointsLedgerSchema,
  pointsMonthClosedSchema,
  pointsRecomputeInputSchema,
  pointsRecomputeResultSchema,
  pointsRulesInputSchema,
  stepRefusalSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { decideClaim, fileClaim, listClaims } from './claims';
import { closePointsMonth } from './closed-months';
import { deductionRoutes } from './deduction-routes';
import { pointsLedger } from './ledger';
import { getMyPoints, getPersonPoints } from './person-points';
import { recomputeForOrg } from './recompute-service';
import { answer } from './refusal-reply';
import { getOrgPointsRules, setOrgPointsRules } from './rules-service';

const tags = ['points'];
const idParams = z.object({ id: idSchema });
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
const thisYear = () => Number(chinaToday().slice(0, 4));

/**
 * 党员积分: rules per org, derived entries and their recomputation, members' claims, the branch's deductions
 * for violations and closed months.
 */
export async function pointsRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;

  app.get(
    '/orgs/:id/points-rules',
    {
      config: { access: 'points.read' },
      schema: {
        tags,
        summary: '本组织执行的积分细则（每条注明制定的组织）、本级自定的细则和上级允许的范围',
        params: idParams,
        response: { 200: orgPointsRulesSchema },
      },
    },
    async (request) => getOrgPointsRules(db, request.ctx, request.params.id),
  );

  app.put(
    '/orgs/:id/points-rules',
    {
      config: { access: 'points.manage' },
      schema: {
        tags,
        summary: '设置本组织的积分细则（在上级允许的范围内；下级已设的细则须仍在范围内）',
        params: idParams,
        body: pointsRulesInputSchema,
        response: { 200: orgPointsRulesSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) =>
      answer(reply, setOrgPointsRules(db, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/points/recompute',
    {
      config: { access: 'points.manage' },
      schema: {
        tags,
        summary: '按现行细则重新计算组织及其下级党员某年的积分（结果与计算次数无关）',
        body: pointsRecomputeInputSchema,
        response: { 200: pointsRecomputeResultSchema },
      },
    },
    async (request) => recomputeForOrg(db, request.ctx, request.body),
  );

  app.get(
    '/points',
    {
      config: { access: 'points.read' },
      schema: {
        tags,
        summary: '组织及其下级党员某年（或某月）的积分合计，分页、可排序',
        querystring: pointsLedgerQuerySchema,
        response: { 200: pointsLedgerSchema },
      },
    },
    async (request) => pointsLedger(db, request.ctx, request.query),
  );

  app.get(
    '/persons/:id/points',
    {
      config: { access: 'points.read' },
      schema: {
        tags,
        summary: '党员某年的积分：每条积分的来源记录、适用细则及制定组织、是否封顶，逐月合计',
        params: idParams,
        querystring: yearQuery,
        response: { 200: personPointsSchema },
      },
    },
    async (request) => getPersonPoints(db, request.ctx, request.params.id, request.query.year ?? thisYear()),
  );

  app.get(
    '/me/points',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '本人的积分：本年合计、积分明细和个人申报',
        querystring: yearQuery,
        response: { 200: myPointsSchema },
      },
    },
    async (request) => getMyPoints(db, request.ctx, request.query.year),
  );

  app.post(
    '/me/points-claims',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '申报积分（平台未记录的事项），由党支部审核；已关闭的月份和未来的日期不能申报',
        body: pointsClaimInputSchema,
        response: { 201: pointsClaimSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) => answer(reply, fileClaim(db, deps.cipher, request.ctx, request.body), 201),
  );

  app.get(
    '/points/claims',
    {
      config: { access: 'points.read' },
      schema: {
        tags,
        summary: '组织及其下级党员的积分申报',
        querystring: pointsClaimsQuerySchema,
        response: { 200: pointsClaimListSchema },
      },
    },
    async (request) => listClaims(db, request.ctx, request.query),
  );

  app.post(
    '/points/claims/:id/decision',
    {
      config: { access: 'points.manage' },
      schema: {
        tags,
        summary: '审核积分申报：同意并认定分值（不超过积分细则的上限），或写明理由不同意；通知申报人',
        params: idParams,
        body: pointsClaimDecisionSchema,
        response: { 200: pointsClaimSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) =>
      answer(reply, decideClaim(db, deps.cipher, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/orgs/:id/points-months/:month/close',
    {
      config: { access: 'points.manage' },
      schema: {
        tags,
        summary: '关闭某月积分（本组织及下级）：此后不能再申报该月的积分',
        params: z.object({ id: idSchema, month: duesMonthSchema }),
        response: { 201: pointsMonthClosedSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) =>
      answer(reply, closePointsMonth(db, request.ctx, request.params.id, request.params.month), 201),
  );

  await deductionRoutes(app, deps);
}
