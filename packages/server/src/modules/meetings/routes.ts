import {
  amendmentInputSchema,
  attendanceMarkInputSchema,
  customKindInputSchema,
  idSchema,
  meetingCancelInputSchema,
  meetingDetailSchema,
  meetingHoldInputSchema,
  meetingKindOptionSchema,
  meetingListQuerySchema,
  meetingPageSchema,
  meetingPlanInputSchema,
  minutesInputSchema,
  myMeetingsSchema,
  signInViewSchema,
  stepRefusalSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { StepRefused } from '../development/refusal';
import { amendMeeting } from './amend';
import { closeMeeting } from './close';
import { addKind, listKinds } from './kinds';
import { getMeeting, listMeetings } from './list';
import { myMeetings } from './mine';
import { planMeeting } from './plan';
import { cancelMeeting, holdMeeting, markAttendance, saveMinutes } from './record';
import { signIn, signInView } from './sign-in';

const tags = ['meetings'];
const idParams = z.object({ id: idSchema });
const tokenParams = z.object({ token: z.string().min(16).max(64) });

/** Organizational life (三会一课…): plan, notify, hold, mark, record, close; sign-in by QR code on the phone. */
export async function meetingRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const { cipher } = deps;

  app.get(
    '/meetings',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags,
        summary: '组织生活会议列表（我管理的组织或所选组织及其下级），可按日期、类别、状态筛选',
        querystring: meetingListQuerySchema,
        response: { 200: meetingPageSchema },
      },
    },
    async (request) => listMeetings(db, request.ctx, request.query),
  );

  app.post(
    '/meetings',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags,
        summary: '安排会议：按活动类别确定应到人员，并通知他们（站内通知和短信）',
        body: meetingPlanInputSchema,
        response: { 201: meetingDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await planMeeting(db, cipher, request.ctx, request.body)),
  );

  app.get(
    '/meetings/:id',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags,
        summary: '会议详情：应到人员及出席情况、会议记录、更正记录（签到码仅对可管理者显示）',
        params: idParams,
        response: { 200: meetingDetailSchema },
      },
    },
    async (request) => getMeeting(db, request.ctx, request.params.id),
  );

  app.post(
    '/meetings/:id/hold',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags,
        summary: '标记会议已召开（召开日期不能晚于今天）',
        params: idParams,
        body: meetingHoldInputSchema,
        response: { 200: meetingDetailSchema },
      },
    },
    async (request) => holdMeeting(db, request.ctx, request.params.id, request.body),
  );

  app.put(
    '/meetings/:id/minutes',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags,
        summary: '保存会议记录（地点、主持人、记录人、议题、决定事项、表决情况）；归档后不能修改',
        params: idParams,
        body: minutesInputSchema,
        response: { 200: meetingDetailSchema },
      },
    },
    async (request) => saveMinutes(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/meetings/:id/attendance',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags,
        summary: '登记应到人员的出席情况（出席、缺席、请假须填原因）',
        params: idParams,
        body: attendanceMarkInputSchema,
        response: { 200: meetingDetailSchema },
      },
    },
    async (request) => markAttendance(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/meetings/:id/cancel',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags,
        summary: '取消尚未召开的会议，并通知应到人员',
        params: idParams,
        body: meetingCancelInputSchema,
        response: { 200: meetingDetailSchema },
      },
    },
    async (request) => cancelMeeting(db, cipher, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/meetings/:id/close',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags,
        summary: '会议归档：须有会议记录、每名应到人员均已登记出席情况；不符合时列出所缺各项及依据',
        params: idParams,
        response: { 200: meetingDetailSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) => {
      try {
        return await closeMeeting(db, request.ctx, request.params.id);
      } catch (error) {
        // Every missing item at once, so the page can list them all.
        if (error instanceof StepRefused) return reply.status(422).send(error.body());
        throw error;
      }
    },
  );

  app.post(
    '/meetings/:id/amendments',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags,
        summary:
          '更正已归档会议的记录或出席情况（须说明原因，保留更正前后内容，记入审计日志，出席变化即时重算积分）',
        params: idParams,
        body: amendmentInputSchema,
        response: { 201: meetingDetailSchema, 422: stepRefusalSchema },
      },
    },
    async (request, reply) => {
      try {
        return reply.status(201).send(await amendMeeting(db, request.ctx, request.params.id, request.body));
      } catch (error) {
        // A broken quorum names every rule at once, as the close does.
        if (error instanceof StepRefused) return reply.status(422).send(error.body());
        throw error;
      }
    },
  );

  app.get(
    '/orgs/:id/meeting-kinds',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags,
        summary: '本组织可用的活动类别：规定的活动和本组织及上级党组织添加的活动',
        params: idParams,
        response: { 200: z.array(meetingKindOptionSchema) },
      },
    },
    async (request) => listKinds(db, request.ctx, request.params.id),
  );

  app.post(
    '/orgs/:id/meeting-kinds',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags,
        summary: '添加本组织及下级适用的活动类别（如“红色星期六”）',
        params: idParams,
        body: customKindInputSchema,
        response: { 201: meetingKindOptionSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addKind(db, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/sign-in/:token',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '扫码签到页：会议信息，以及本人能否签到、不能签到的原因',
        params: tokenParams,
        response: { 200: signInViewSchema },
      },
    },
    async (request) => signInView(db, request.ctx, request.params.token),
  );

  app.post(
    '/sign-in/:token',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '扫码签到（会议当天开放；流动党员可在流入地党组织的会议签到）',
        params: tokenParams,
        response: { 200: signInViewSchema },
      },
    },
    async (request) => signIn(db, request.ctx, request.params.token),
  );

  app.get(
    '/me/meetings',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['self'],
        summary: '本人即将参加的会议、参加会议记录和本年度出席率',
        response: { 200: myMeetingsSchema },
      },
    },
    async (request) => myMeetings(db, request.ctx),
  );
}
