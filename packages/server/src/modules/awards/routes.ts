import {
  awardInputSchema,
  awardRevokeInputSchema,
  awardSchema,
  awardsQuerySchema,
  awardYearSchema,
  cadreAllowanceInputSchema,
  cadreAllowanceSchema,
  cadreAllowancesQuerySchema,
  cadreServiceInputSchema,
  fiveGoodInputSchema,
  fiveGoodViewSchema,
  idSchema,
  personAwardsSchema,
  seniorityListSchema,
  seniorityQuerySchema,
  seniorityRuleSchema,
  seniorityRuleViewSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { streamXlsx } from '../imports/xlsx-response';
import { listAllowances, recordAllowance } from './allowances';
import { createAward, listAwards, orgAwards, revokeAward } from './awards';
import { getFiveGood, saveFiveGood } from './five-good';
import { personAwards } from './person-awards';
import { getSeniorityRule, seniorityList, setCadreService, setSeniorityRule } from './seniority';
import { seniorityExport, writeSeniorityList } from './seniority-excel';

const tags = ['awards'];
const idParams = z.object({ id: idSchema });

/** 表彰与奖励: awards, the 五个好 evaluation, seniority rewards and village cadre allowances. */
export async function awardRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;

  app.post(
    '/awards',
    {
      config: { access: 'award.manage' },
      schema: {
        tags,
        summary: '登记表彰（授予组织的须选组织，授予个人的须选党员）',
        body: awardInputSchema,
        response: { 201: awardSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createAward(db, request.ctx, request.body)),
  );

  app.get(
    '/awards',
    {
      config: { access: 'org.read' },
      schema: {
        tags,
        summary: '表彰列表：某组织及其下级的组织和党员所获表彰，可按年度和类别筛选',
        querystring: awardsQuerySchema,
        response: { 200: z.array(awardSchema) },
      },
    },
    async (request) => listAwards(db, request.ctx, request.query),
  );

  app.post(
    '/awards/:id/revocation',
    {
      config: { access: 'award.manage' },
      schema: {
        tags,
        summary: '撤销表彰记录（须说明理由，记录保留）',
        params: idParams,
        body: awardRevokeInputSchema,
        response: { 200: awardSchema },
      },
    },
    async (request) => revokeAward(db, request.ctx, request.params.id, request.body.reason),
  );

  app.get(
    '/persons/:id/awards',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '党员所获表彰、村干部补贴和本年度年功奖励',
        params: idParams,
        response: { 200: personAwardsSchema },
      },
    },
    async (request) => personAwards(db, request.ctx, request.params.id),
  );

  app.get(
    '/orgs/:id/awards',
    {
      config: { access: 'org.read' },
      schema: { tags, summary: '党组织所获表彰', params: idParams, response: { 200: z.array(awardSchema) } },
    },
    async (request) => orgAwards(db, request.ctx, request.params.id),
  );

  const yearParams = z.object({ id: idSchema, year: awardYearSchema });

  app.get(
    '/orgs/:id/five-good/:year/suggestion',
    {
      config: { access: 'org.read' },
      schema: {
        tags,
        summary: '五个好评定：按平台数据起草的各项标准佐证和建议，以及已记录的评定结果',
        params: yearParams,
        response: { 200: fiveGoodViewSchema },
      },
    },
    async (request) => getFiveGood(db, request.ctx, request.params.id, request.params.year),
  );

  app.put(
    '/orgs/:id/five-good/:year',
    {
      config: { access: 'award.manage' },
      schema: {
        tags,
        summary: '记录五个好评定（五项全部达到才评为五个好党组织，并登记表彰）',
        params: yearParams,
        body: fiveGoodInputSchema,
        response: { 200: fiveGoodViewSchema },
      },
    },
    async (request) => saveFiveGood(db, request.ctx, request.params.id, request.params.year, request.body),
  );

  app.get(
    '/orgs/:id/seniority-rule',
    {
      config: { access: 'org.read' },
      schema: {
        tags,
        summary: '适用于该组织的年功奖励标准（本级或上级党委制定，未制定时为默认标准）',
        params: idParams,
        response: { 200: seniorityRuleViewSchema },
      },
    },
    async (request) => getSeniorityRule(db, request.ctx, request.params.id),
  );

  app.put(
    '/orgs/:id/seniority-rule',
    {
      config: { access: 'award.manage' },
      schema: {
        tags,
        summary: '党委制定年功奖励标准（按党龄和任职年限分档，每年金额以分计）',
        params: idParams,
        body: seniorityRuleSchema,
        response: { 200: seniorityRuleViewSchema },
      },
    },
    async (request) => setSeniorityRule(db, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/seniority',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '年功奖励名单：某年度符合条件的党员、所在档次和金额',
        querystring: seniorityQuerySchema,
        response: { 200: seniorityListSchema },
      },
    },
    async (request) => seniorityList(db, request.ctx, request.query),
  );

  app.get(
    '/seniority.xlsx',
    {
      config: { access: 'person.read' },
      schema: { tags, summary: '导出年功奖励名单（.xlsx）', querystring: seniorityQuerySchema },
    },
    async (request, reply) => {
      const { list, fileName } = await seniorityExport(db, request.ctx, request.query);
      return streamXlsx(reply, fileName, (out) => writeSeniorityList(list, out));
    },
  );

  app.put(
    '/persons/:id/cadre-service',
    {
      config: { access: 'award.manage' },
      schema: {
        tags,
        summary: '登记任职记录之前担任村干部的年限（计入年功奖励的任职年限）',
        params: idParams,
        body: cadreServiceInputSchema,
        response: { 200: z.object({ priorYears: z.number().int(), note: z.string().nullable() }) },
      },
    },
    async (request) => setCadreService(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/cadre-allowances',
    {
      config: { access: 'award.manage' },
      schema: {
        tags,
        summary: '登记村干部年度补贴（每人每年每类一条）',
        body: cadreAllowanceInputSchema,
        response: { 201: cadreAllowanceSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await recordAllowance(db, request.ctx, request.body)),
  );

  app.get(
    '/cadre-allowances',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '村干部补贴列表，可按组织和年度筛选',
        querystring: cadreAllowancesQuerySchema,
        response: { 200: z.array(cadreAllowanceSchema) },
      },
    },
    async (request) => listAllowances(db, request.ctx, request.query),
  );
}
