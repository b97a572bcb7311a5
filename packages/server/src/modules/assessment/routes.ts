import {
  assessmentBoardQuerySchema,
  assessmentBoardSchema,
  assessmentComputeResultSchema,
  assessmentItemsInputSchema,
  assessmentItemsViewSchema,
  assessmentMonthInputSchema,
  assessmentScoreInputSchema,
  assessmentScoreParamsSchema,
  assessmentScoreViewSchema,
  assessmentYearQuerySchema,
  assessmentYearSchema,
  idSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { streamXlsx } from '../imports/xlsx-response';
import { getBoard, getYear } from './board';
import { boardFileName, writeAssessmentBoard } from './board-excel';
import { computeMonth } from './compute';
import { clearAssessmentItems, getAssessmentItems, setAssessmentItems } from './items';
import { publishMonth } from './publish';
import { setHandScore } from './scores';

const tags = ['assessment'];
const idParams = z.object({ id: idSchema });

/** 支部考核: item sets, computed and hand scores, the monthly board, publishing and the year's ranking. */
export async function assessmentRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;

  app.get(
    '/orgs/:id/assessment-items',
    {
      config: { access: 'assessment.read' },
      schema: {
        tags,
        summary: '本组织适用的支部考核项目：本级设置、上级党委设置或系统默认，注明由谁设置',
        params: idParams,
        response: { 200: assessmentItemsViewSchema },
      },
    },
    async (request) => getAssessmentItems(db, request.ctx, request.params.id),
  );

  app.put(
    '/orgs/:id/assessment-items',
    {
      config: { access: 'assessment.manage' },
      schema: {
        tags,
        summary: '设置本级党委的支部考核项目（下级支部沿用，除非更近的上级另有设置）',
        params: idParams,
        body: assessmentItemsInputSchema,
        response: { 200: assessmentItemsViewSchema },
      },
    },
    async (request) => setAssessmentItems(db, request.ctx, request.params.id, request.body),
  );

  app.delete(
    '/orgs/:id/assessment-items',
    {
      config: { access: 'assessment.manage' },
      schema: {
        tags,
        summary: '取消本级设置的考核项目，改为沿用上级或默认项目',
        params: idParams,
        response: { 200: assessmentItemsViewSchema },
      },
    },
    async (request) => clearAssessmentItems(db, request.ctx, request.params.id),
  );

  app.post(
    '/assessment/compute',
    {
      config: { access: 'assessment.manage' },
      schema: {
        tags,
        summary: '按系统记录为下级各支部自动评分（手工评分不变；已发布的月份不能再评分）',
        body: assessmentMonthInputSchema,
        response: { 200: assessmentComputeResultSchema },
      },
    },
    async (request) => computeMonth(db, request.ctx, request.body),
  );

  app.put(
    '/assessment/scores/:branchId/:month/:itemKey',
    {
      config: { access: 'assessment.manage' },
      schema: {
        tags,
        summary: '手工评分：得分在 0 到满分之间，须填写评分依据和佐证材料；已发布的月份不能修改',
        params: assessmentScoreParamsSchema,
        body: assessmentScoreInputSchema,
        response: { 200: assessmentScoreViewSchema },
      },
    },
    async (request) => setHandScore(db, request.ctx, request.params, request.body),
  );

  app.get(
    '/assessment/board',
    {
      config: { access: 'assessment.read' },
      schema: {
        tags,
        summary: '月度考核榜：各支部各项得分、总分和排名，标出尚缺手工评分的支部',
        querystring: assessmentBoardQuerySchema,
        response: { 200: assessmentBoardSchema },
      },
    },
    async (request) => getBoard(db, request.ctx, request.query),
  );

  app.get(
    '/assessment/board.xlsx',
    {
      config: { access: 'assessment.read' },
      schema: { tags, summary: '导出月度考核榜（.xlsx）', querystring: assessmentBoardQuerySchema },
    },
    async (request, reply) => {
      // Built before streaming: a refusal must still be an error answer, not a cut download.
      const board = await getBoard(db, request.ctx, request.query);
      return streamXlsx(reply, boardFileName(board), (out) => writeAssessmentBoard(board, out));
    },
  );

  app.post(
    '/assessment/publish',
    {
      config: { access: 'assessment.manage' },
      schema: {
        tags,
        summary: '发布本月考核结果：发布后下级各支部本月得分不再变化',
        body: assessmentMonthInputSchema,
        response: { 200: assessmentBoardSchema },
      },
    },
    async (request) => publishMonth(db, request.ctx, request.body),
  );

  app.get(
    '/assessment/year',
    {
      config: { access: 'assessment.read' },
      schema: {
        tags,
        summary: '年度考核汇总：各支部每月总分、平均分和排名',
        querystring: assessmentYearQuerySchema,
        response: { 200: assessmentYearSchema },
      },
    },
    async (request) => getYear(db, request.ctx, request.query),
  );
}
