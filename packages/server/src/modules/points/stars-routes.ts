import {
  starBoardQuerySchema,
  starBoardSchema,
  idSchema,
  ruleRefusalSchema,
  starConfirmInputSchema,
  starConfirmResultSchema,
  starListQuerySchema,
  starListSchema,
  starSettingsViewSchema,
  starThresholdsInputSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { orRefusal } from '../reviews/refused';
import { getBoard, getMyBoard } from './stars-board';
import { confirmStars, listStars } from './stars-ratings';
import { getStarSettings, putStarSettings, removeStarSettings } from './stars-settings';

const tags = ['points'];
const idParams = z.object({ id: idSchema });

/** 星级评定 and the branch's public board (公示栏). */
export async function starsRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;

  app.get(
    '/orgs/:id/star-settings',
    {
      config: { access: 'points.read' },
      schema: {
        tags,
        summary: '星级评定标准：本级执行的（本级设置的或最近的上级设置的）和本级自己设置的',
        params: idParams,
        response: { 200: starSettingsViewSchema },
      },
    },
    async (request) => getStarSettings(db, request.ctx, request.params.id),
  );

  app.put(
    '/orgs/:id/star-settings',
    {
      config: { access: 'points.manage' },
      schema: {
        tags,
        summary: '设置本级及下级执行的星级分数线、评议等次对应的最高星级和是否公开个人积分排名',
        params: idParams,
        body: starThresholdsInputSchema,
        response: { 200: starSettingsViewSchema, 422: ruleRefusalSchema },
      },
    },
    async (request, reply) =>
      orRefusal(reply, () => putStarSettings(db, request.ctx, request.params.id, request.body)),
  );

  app.delete(
    '/orgs/:id/star-settings',
    {
      config: { access: 'points.manage' },
      schema: {
        tags,
        summary: '取消本级设置的星级评定标准，恢复执行上级（或系统默认）的标准',
        params: idParams,
        response: { 200: starSettingsViewSchema },
      },
    },
    async (request) => removeStarSettings(db, request.ctx, request.params.id),
  );

  app.get(
    '/stars',
    {
      config: { access: 'points.read' },
      schema: {
        tags,
        summary: '党员年度星级：全年积分、民主评议等次、按标准计算的星级和已确认的星级',
        querystring: starListQuerySchema,
        response: { 200: starListSchema },
      },
    },
    async (request) => listStars(db, request.ctx, request.query.orgId, request.query.year),
  );

  app.post(
    '/stars/confirm',
    {
      config: { access: 'points.manage' },
      schema: {
        tags,
        summary: '确认年度星级（已确认的年度再次确认时按现有积分和等次重新计算）',
        body: starConfirmInputSchema,
        response: { 200: starConfirmResultSchema, 422: ruleRefusalSchema },
      },
    },
    async (request, reply) =>
      orRefusal(reply, () => confirmStars(db, request.ctx, request.body.orgId, request.body.year)),
  );

  app.get(
    '/points/board/:orgId',
    {
      config: { access: 'points.read' },
      schema: {
        tags,
        summary: '党支部星级公示栏：各星级党员姓名、表彰和积分亮点（个人排名仅在支部开启时显示）',
        params: z.object({ orgId: idSchema }),
        querystring: starBoardQuerySchema,
        response: { 200: starBoardSchema, 422: ruleRefusalSchema },
      },
    },
    async (request, reply) =>
      orRefusal(reply, () => getBoard(db, request.ctx, request.params.orgId, request.query.year)),
  );

  app.get(
    '/me/board',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '本人所在党支部的星级公示栏',
        querystring: starBoardQuerySchema,
        response: { 200: starBoardSchema, 422: ruleRefusalSchema },
      },
    },
    async (request, reply) => orRefusal(reply, () => getMyBoard(db, request.ctx, request.query.year)),
  );
}
