import { expect } from 'vitest';
import { createPerson } from '../../test/factories';
import type { Case, ModuleMatrix } from './types';

/**
 * 培训 (modules/trainings): a course organized by branch Y, with one session and a member of Y on its roster.
 * A course is read by whoever reaches its organizer, so X's actors must get 404 on it; the course list is
 * asked of the township (above X's reach, Y's course below it), so a list that forgot the reach check
 * would name branch Y as an organizer.
 */
const courseFields = {
  title: '越权培训',
  audience: 'members',
  plannedHours: 4,
  startsOn: '2024-01-02',
  endsOn: '2024-01-02',
};
const sessionFields = { heldOn: '2024-01-02', hours: 2, topic: '越权课程' };

const cases: Record<string, Case> = {
  'GET /api/training-courses': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/training-courses?orgId=${f.tree.township.id}` }),
  },
  'POST /api/training-courses': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/training-courses',
      body: { ...courseFields, organizerOrgId: f.tree.branchY.id },
    }),
  },
  'GET /api/training-courses/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/training-courses/${f.extra.courseY!}` }),
  },
  'PUT /api/training-courses/:id': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/training-courses/${f.extra.courseY!}`,
      body: courseFields,
    }),
  },
  'DELETE /api/training-courses/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'DELETE', path: `/api/training-courses/${f.extra.courseY!}` }),
  },
  'GET /api/training-courses/:id/roster.xlsx': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/training-courses/${f.extra.courseY!}/roster.xlsx` }),
  },
  'POST /api/training-courses/:id/sessions': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/training-courses/${f.extra.courseY!}/sessions`,
      body: sessionFields,
    }),
  },
  'PUT /api/training-courses/:id/sessions/:sessionId': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/training-courses/${f.extra.courseY!}/sessions/${f.extra.sessionY!}`,
      body: sessionFields,
    }),
  },
  'DELETE /api/training-courses/:id/sessions/:sessionId': {
    kind: 'target',
    sibling: (f) => ({
      method: 'DELETE',
      path: `/api/training-courses/${f.extra.courseY!}/sessions/${f.extra.sessionY!}`,
    }),
  },
  'PUT /api/training-courses/:id/sessions/:sessionId/attendance': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/training-courses/${f.extra.courseY!}/sessions/${f.extra.sessionY!}/attendance`,
      body: { marks: [{ personId: f.extra.traineeY!, mark: 'present' }] },
    }),
  },
  'POST /api/training-courses/:id/enrolments': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/training-courses/${f.extra.courseY!}/enrolments`,
      body: { personIds: [f.personY] },
    }),
  },
  'DELETE /api/training-courses/:id/enrolments/:personId': {
    kind: 'target',
    sibling: (f) => ({
      method: 'DELETE',
      path: `/api/training-courses/${f.extra.courseY!}/enrolments/${f.extra.traineeY!}`,
    }),
  },
  'GET /api/persons/:id/trainings': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/persons/${f.extra.traineeY!}/trainings` }),
  },
};

export const trainingsMatrix: ModuleMatrix = {
  async fixture(t, tree) {
    const course = await t.admin.post<{ id: number }>('/api/training-courses', {
      organizerOrgId: tree.branchY.id,
      title: '西街党员培训',
      audience: 'members',
      plannedHours: 4,
      startsOn: '2024-01-02',
      endsOn: '2024-01-02',
    });
    expect(course.status, JSON.stringify(course.body)).toBe(201);
    const sessions = await t.admin.post<{ id: number }[]>(
      `/api/training-courses/${course.body.id}/sessions`,
      {
        heldOn: '2024-01-02',
        hours: 2,
        topic: '党章',
      },
    );
    expect(sessions.status, JSON.stringify(sessions.body)).toBe(201);
    const trainee = await createPerson(t.admin, tree.branchY.id, { name: '西街学员庚' });
    const enrolled = await t.admin.post(`/api/training-courses/${course.body.id}/enrolments`, {
      personIds: [trainee.id],
    });
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(200);
    return { courseY: course.body.id, sessionY: sessions.body[0]!.id, traineeY: trainee.id };
  },
  cases,
};
