import { remittanceInputSchema } from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { streamXlsx } from '../imports/xlsx-response';
import { listRemittances, recordRemittance } from './remittances';
import { remittanceListQuerySchema, remittanceListSchema, remittanceViewSchema } from '@jiceng/core';
import { getDuesSummary } from './reports';
import { summaryFileName, writeDuesSummary } from './reports-excel';
import { duesSummaryQuerySchema, duesSummarySchema } from '@jiceng/core';
import { arrearsExport, writeArrearsList } from './arrears-excel';
import { remittancesExport, writeRemittances } from './remittances-excel';

const tags = ['dues'];

/** Dues reports (due against collected) and remittances from branches to the committees above. */
export async function duesReportRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;

  app.get(
    '/dues/summary',
    {
      config: { access: 'dues.read' },
      schema: {
        tags,
        summary: '党费收缴汇总：本组织及下级（权限范围内）按月、按下级组织的应交与实交金额和人数',
        querystring: duesSummaryQuerySchema,
        response: { 200: duesSummarySchema },
      },
    },
    async (request) => getDuesSummary(db, request.ctx, request.query),
  );

  app.get(
    '/dues/summary.xlsx',
    {
      config: { access: 'dues.read' },
      schema: { tags, summary: '导出党费收缴汇总（.xlsx）', querystring: duesSummaryQuerySchema },
    },
    async (request, reply) => {
      // Computed before streaming: a refusal must still be an error answer, not a cut download.
      const summary = await getDuesSummary(db, request.ctx, request.query);
      return streamXlsx(reply, summaryFileName(summary), (out) => writeDuesSummary(summary, out));
    },
  );

  app.get(
    '/dues/arrears.xlsx',
    {
      config: { access: 'dues.read' },
      schema: {
        tags,
        summary: '导出欠交党费名单（.xlsx）：连续欠交月数、欠交月份和金额、满 3 个月提醒、满 6 个月标记',
        querystring: z.object({ orgId: z.coerce.number().int().positive().optional() }),
      },
    },
    async (request, reply) => {
      const { list, fileName } = await arrearsExport(db, request.ctx, request.query);
      return streamXlsx(reply, fileName, (out) => writeArrearsList(list, out));
    },
  );

  app.get(
    '/dues/remittances.xlsx',
    {
      config: { access: 'dues.read' },
      schema: {
        tags,
        summary: '导出党费上缴记录（.xlsx）：每笔上缴与所属期间实收党费的差额',
        querystring: remittanceListQuerySchema,
      },
    },
    async (request, reply) => {
      const { list, fileName } = await remittancesExport(db, request.ctx, request.query);
      return streamXlsx(reply, fileName, (out) => writeRemittances(list, out));
    },
  );

  app.post(
    '/dues/remittances',
    {
      config: { access: 'dues.manage' },
      schema: {
        tags,
        summary: '登记党费上缴：由本组织上缴给上级党委（记入审计日志）',
        body: remittanceInputSchema,
        response: { 201: remittanceViewSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await recordRemittance(db, request.ctx, request.body)),
  );

  app.get(
    '/dues/remittances',
    {
      config: { access: 'dues.read' },
      schema: {
        tags,
        summary: '党费上缴记录：权限范围内组织上缴或收到的记录，并列出所属期间的实收党费以便核对差额',
        querystring: remittanceListQuerySchema,
        response: { 200: remittanceListSchema },
      },
    },
    async (request) => listRemittances(db, request.ctx, request.query),
  );
}
