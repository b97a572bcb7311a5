import {
  chinaToday,
  idSchema,
  personTrainingsQuerySchema,
  personTrainingsSchema,
  trainingAttendanceInputSchema,
  trainingCourseDetailSchema,
  trainingCourseInputSchema,
  trainingCourseSchema,
  trainingCoursesQuerySchema,
  trainingCourseUpdateSchema,
  trainingEnrolInputSchema,
  trainingSessionInputSchema,
  trainingSessionSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { streamXlsx } from '../imports/xlsx-response';
import { markAttendance } from './attendance';
import { createCourse, deleteCourse, listCourses, updateCourse } from './courses';
import { courseDetail } from './detail';
import { personTrainings } from './person-trainings';
import { enrol, unenrol } from './roster';
import { rosterExport, writeRoster } from './roster-excel';
import { addSession, deleteSession, updateSession } from './sessions';

const tags = ['trainings'];
const idParams = z.object({ id: idSchema });
const sessionParams = z.object({ id: idSchema, sessionId: idSchema });
const sessionsResponse = { 200: z.array(trainingSessionSchema) };
const ok = z.object({ ok: z.literal(true) });

/** 培训: courses, sessions, attendance and class hours. */
export async function trainingRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;

  app.get(
    '/training-courses',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '培训班列表：某组织及其下级举办的培训班，可按年度和培训对象筛选',
        querystring: trainingCoursesQuerySchema,
        response: { 200: z.array(trainingCourseSchema) },
      },
    },
    async (request) => listCourses(db, request.ctx, request.query),
  );

  app.post(
    '/training-courses',
    {
      config: { access: 'cadre.manage' },
      schema: {
        tags,
        summary: '举办培训班（县、乡镇组织部门）',
        body: trainingCourseInputSchema,
        response: { 201: trainingCourseSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createCourse(db, request.ctx, request.body)),
  );

  app.get(
    '/training-courses/:id',
    {
      config: { access: 'service.read' },
      schema: {
        tags,
        summary: '培训班详情：课程安排、学员名单、出勤和学时',
        params: idParams,
        response: { 200: trainingCourseDetailSchema },
      },
    },
    async (request) => courseDetail(db, request.ctx, request.params.id, chinaToday()),
  );

  app.put(
    '/training-courses/:id',
    {
      config: { access: 'cadre.manage' },
      schema: {
        tags,
        summary: '修改培训班（培训日期须包含已安排的课程）',
        params: idParams,
        body: trainingCourseUpdateSchema,
        response: { 200: trainingCourseSchema },
      },
    },
    async (request) => updateCourse(db, request.ctx, request.params.id, request.body),
  );

  app.delete(
    '/training-courses/:id',
    {
      config: { access: 'cadre.manage' },
      schema: {
        tags,
        summary: '删除误建的培训班（尚未安排课程时）',
        params: idParams,
        response: { 200: ok },
      },
    },
    async (request) => {
      await deleteCourse(db, request.ctx, request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/training-courses/:id/roster.xlsx',
    {
      config: { access: 'service.read' },
      schema: { tags, summary: '导出学员名单及出勤（.xlsx）', params: idParams },
    },
    async (request, reply) => {
      const { detail, fileName } = await rosterExport(db, request.ctx, request.params.id, chinaToday());
      return streamXlsx(reply, fileName, (out) => writeRoster(detail, out));
    },
  );

  app.post(
    '/training-courses/:id/sessions',
    {
      config: { access: 'cadre.manage' },
      schema: {
        tags,
        summary: '安排课程（日期在培训期间内，每次 0.5–12 学时）',
        params: idParams,
        body: trainingSessionInputSchema,
        response: { 201: z.array(trainingSessionSchema) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addSession(db, request.ctx, request.params.id, request.body)),
  );

  app.put(
    '/training-courses/:id/sessions/:sessionId',
    {
      config: { access: 'cadre.manage' },
      schema: {
        tags,
        summary: '修改课程（学时变化计入已出席学员的学时）',
        params: sessionParams,
        body: trainingSessionInputSchema,
        response: sessionsResponse,
      },
    },
    async (request) =>
      updateSession(db, request.ctx, request.params.id, request.params.sessionId, request.body),
  );

  app.delete(
    '/training-courses/:id/sessions/:sessionId',
    {
      config: { access: 'cadre.manage' },
      schema: {
        tags,
        summary: '删除尚未登记出勤的课程',
        params: sessionParams,
        response: sessionsResponse,
      },
    },
    async (request) => deleteSession(db, request.ctx, request.params.id, request.params.sessionId),
  );

  app.put(
    '/training-courses/:id/sessions/:sessionId/attendance',
    {
      config: { access: 'service.manage' },
      schema: {
        tags,
        summary: '登记一次课程的出勤（出席、缺席、请假；再次登记即更正）',
        params: sessionParams,
        body: trainingAttendanceInputSchema,
        response: sessionsResponse,
      },
    },
    async (request) =>
      markAttendance(
        db,
        request.ctx,
        request.params.id,
        request.params.sessionId,
        request.body,
        chinaToday(),
      ),
  );

  app.post(
    '/training-courses/:id/enrolments',
    {
      config: { access: 'cadre.manage' },
      schema: {
        tags,
        summary: '添加学员（举办组织及其下级的人员；发展对象培训只收发展对象）',
        params: idParams,
        body: trainingEnrolInputSchema,
        response: { 200: z.object({ added: z.number().int() }) },
      },
    },
    async (request) => enrol(db, request.ctx, request.params.id, request.body),
  );

  app.delete(
    '/training-courses/:id/enrolments/:personId',
    {
      config: { access: 'cadre.manage' },
      schema: {
        tags,
        summary: '将尚无出勤记录的学员移出名单',
        params: z.object({ id: idSchema, personId: idSchema }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await unenrol(db, request.ctx, request.params.id, request.params.personId);
      return { ok: true as const };
    },
  );

  app.get(
    '/persons/:id/trainings',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '人员参加的培训、出席天数和学时，以及发展对象培训是否达到要求（D9）',
        params: idParams,
        querystring: personTrainingsQuerySchema,
        response: { 200: personTrainingsSchema },
      },
    },
    async (request) =>
      personTrainings(db, request.ctx, request.params.id, request.query.asOf ?? chinaToday()),
  );
}
