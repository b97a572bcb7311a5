import ExcelJS from 'exceljs';
import type { Org, Person, PersonTrainings, TrainingCourse, TrainingCourseDetail } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { addSessions, courseInput, createCourse, enrolAll, markPresent } from './test-support';

let t: TestApp;
let tree: SampleTree;
let townStaff: TestClient;
let otherTownStaff: TestClient;
let secX: TestClient;
let otherTown: Org;
let cadreX: Person;
let cadreY: Person;

const villageCourse = { audience: 'village_cadres', title: '村干部能力提升培训班' };

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  otherTown = await createOrg(t.admin, { parentId: tree.county.id, kind: 'committee' });
  townStaff = await signedInAs(t, 'org_staff', tree.township.id);
  otherTownStaff = await signedInAs(t, 'org_staff', otherTown.id);
  secX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  cadreX = await createPerson(t.admin, tree.branchX.id, { name: '培训村干部甲' });
  cadreY = await createPerson(t.admin, tree.branchY.id, { name: '培训村干部乙' });
});
afterAll(async () => {
  await t?.close();
});

const detailOf = async (client: TestClient, id: number) => {
  const response = await client.get<TrainingCourseDetail>(`/api/training-courses/${id}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
};

describe('courses and sessions', () => {
  it('lets township staff hold a course and lists it under the township', async () => {
    const course = await createCourse(townStaff, tree.township.id, villageCourse);
    expect(course).toMatchObject({ organizerName: tree.township.name, sessionCount: 0, enrolledCount: 0 });
    const list = await townStaff.get<TrainingCourse[]>(
      `/api/training-courses?orgId=${tree.township.id}&year=2023`,
    );
    expect(list.body.map((c) => c.id)).toContain(course.id);
  });

  it('refuses a session outside the course dates, naming heldOn', async () => {
    const course = await createCourse(townStaff, tree.township.id, villageCourse);
    const response = await townStaff.post(`/api/training-courses/${course.id}/sessions`, {
      heldOn: '2023-08-01',
      hours: 4,
      topic: '乡村振兴',
    });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'heldOn' });
    expect(errorOf(response).message).toContain('2023-07-01 至 2023-07-05');
  });

  it('refuses a session over 12 class hours, naming the hours', async () => {
    const course = await createCourse(townStaff, tree.township.id, villageCourse);
    const response = await townStaff.post(`/api/training-courses/${course.id}/sessions`, {
      heldOn: '2023-07-02',
      hours: 13,
      topic: '乡村振兴',
    });
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toContain('学时应在 0.5–12 学时之间');
  });

  it('refuses to move the course dates away from a scheduled session', async () => {
    const course = await createCourse(townStaff, tree.township.id, villageCourse);
    await addSessions(townStaff, course.id, [['2023-07-04', 4]]);
    const { organizerOrgId: _, ...fields } = courseInput(tree.township.id, {
      ...villageCourse,
      endsOn: '2023-07-03',
    });
    const response = await townStaff.request('PUT', `/api/training-courses/${course.id}`, fields);
    expect(response.status).toBe(409);
    expect(errorOf(response)).toMatchObject({ field: 'endsOn' });
  });

  it('deletes a course without sessions but not one with sessions', async () => {
    const empty = await createCourse(townStaff, tree.township.id, villageCourse);
    expect((await townStaff.delete(`/api/training-courses/${empty.id}`)).status).toBe(200);
    const held = await createCourse(townStaff, tree.township.id, villageCourse);
    await addSessions(townStaff, held.id, [['2023-07-02', 4]]);
    expect((await townStaff.delete(`/api/training-courses/${held.id}`)).status).toBe(409);
  });
});

describe('roster and attendance', () => {
  it('earns the class hours of the sessions present, one day per date', async () => {
    const course = await createCourse(townStaff, tree.township.id, villageCourse);
    const [morning, afternoon, next] = await addSessions(townStaff, course.id, [
      ['2023-07-02', 4],
      ['2023-07-02', 3.5],
      ['2023-07-03', 8],
    ]);
    await enrolAll(townStaff, course.id, [cadreX.id, cadreY.id]);
    await markPresent(townStaff, course.id, [morning!, afternoon!], [cadreX.id, cadreY.id]);
    const marked = await townStaff.request(
      'PUT',
      `/api/training-courses/${course.id}/sessions/${next}/attendance`,
      {
        marks: [
          { personId: cadreX.id, mark: 'present' },
          { personId: cadreY.id, mark: 'excused', reason: '家中有事' },
        ],
      },
    );
    expect(marked.status).toBe(200);
    const detail = await detailOf(townStaff, course.id);
    const byName = Object.fromEntries(detail.roster.map((r) => [r.name, [r.days, r.hours]]));
    expect(byName).toEqual({ [cadreX.name]: [2, 15.5], [cadreY.name]: [1, 7.5] });
    expect(detail.sessions.map((s) => [s.presentCount, s.markedCount])).toEqual([
      [2, 2],
      [2, 2],
      [1, 2],
    ]);
  });

  it('corrects a mark by marking again', async () => {
    const course = await createCourse(townStaff, tree.township.id, villageCourse);
    const [session] = await addSessions(townStaff, course.id, [['2023-07-02', 4]]);
    await enrolAll(townStaff, course.id, [cadreX.id]);
    await markPresent(townStaff, course.id, [session!], [cadreX.id]);
    await townStaff.request('PUT', `/api/training-courses/${course.id}/sessions/${session}/attendance`, {
      marks: [{ personId: cadreX.id, mark: 'absent' }],
    });
    const detail = await detailOf(townStaff, course.id);
    expect(detail.roster[0]).toMatchObject({ hours: 0, marks: { [String(session)]: 'absent' } });
  });

  it('refuses attendance for someone not on the roster', async () => {
    const course = await createCourse(townStaff, tree.township.id, villageCourse);
    const [session] = await addSessions(townStaff, course.id, [['2023-07-02', 4]]);
    const response = await townStaff.request(
      'PUT',
      `/api/training-courses/${course.id}/sessions/${session}/attendance`,
      { marks: [{ personId: cadreX.id, mark: 'present' }] },
    );
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'marks' });
  });

  it('refuses attendance before the session day', async () => {
    const next = new Date().getUTCFullYear() + 1;
    const course = await createCourse(townStaff, tree.township.id, {
      ...villageCourse,
      startsOn: `${next}-03-01`,
      endsOn: `${next}-03-03`,
    });
    const [session] = await addSessions(townStaff, course.id, [[`${next}-03-02`, 4]]);
    await enrolAll(townStaff, course.id, [cadreX.id]);
    const response = await townStaff.request(
      'PUT',
      `/api/training-courses/${course.id}/sessions/${session}/attendance`,
      { marks: [{ personId: cadreX.id, mark: 'present' }] },
    );
    expect(response.status).toBe(409);
    expect(errorOf(response).message).toContain('当天起才能登记出勤');
  });

  it('refuses a trainee from outside the organizer, naming personIds', async () => {
    const otherBranch = await createOrg(t.admin, { parentId: otherTown.id, kind: 'branch' });
    const other = await createPerson(t.admin, otherBranch.id, { name: '外镇人员' });
    const course = await createCourse(townStaff, tree.township.id, villageCourse);
    const response = await townStaff.post(`/api/training-courses/${course.id}/enrolments`, {
      personIds: [other.id],
    });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'personIds' });
  });

  it('takes only development candidates into a candidates course', async () => {
    const course = await createCourse(townStaff, tree.township.id);
    const response = await townStaff.post(`/api/training-courses/${course.id}/enrolments`, {
      personIds: [cadreX.id],
    });
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toContain(`${cadreX.name}不是发展对象`);
  });

  it('keeps a trainee with attendance on the roster and the session with attendance', async () => {
    const course = await createCourse(townStaff, tree.township.id, villageCourse);
    const [session] = await addSessions(townStaff, course.id, [['2023-07-02', 4]]);
    await enrolAll(townStaff, course.id, [cadreX.id]);
    await markPresent(townStaff, course.id, [session!], [cadreX.id]);
    expect(
      (await townStaff.delete(`/api/training-courses/${course.id}/enrolments/${cadreX.id}`)).status,
    ).toBe(409);
    expect((await townStaff.delete(`/api/training-courses/${course.id}/sessions/${session}`)).status).toBe(
      409,
    );
  });
});

describe('reach', () => {
  let course: TrainingCourse;
  let session: number;
  beforeAll(async () => {
    course = await createCourse(townStaff, tree.township.id, villageCourse);
    [session] = (await addSessions(townStaff, course.id, [['2023-07-02', 4]])) as [number];
    await enrolAll(townStaff, course.id, [cadreX.id]);
  });

  it('hides a course from the staff of another township (404)', async () => {
    expect((await otherTownStaff.get(`/api/training-courses/${course.id}`)).status).toBe(404);
    const marked = await otherTownStaff.request(
      'PUT',
      `/api/training-courses/${course.id}/sessions/${session}/attendance`,
      { marks: [{ personId: cadreX.id, mark: 'present' }] },
    );
    expect(marked.status).toBe(404);
    const list = await otherTownStaff.get<TrainingCourse[]>('/api/training-courses');
    expect(list.body.map((c) => c.id)).not.toContain(course.id);
  });

  it('does not let a branch secretary hold a course (403)', async () => {
    const response = await secX.post('/api/training-courses', courseInput(tree.branchX.id, villageCourse));
    expect(response.status).toBe(403);
  });

  it("lets a branch secretary take attendance at their own branch's course, but not change it (403)", async () => {
    const own = await createCourse(t.admin, tree.branchX.id, villageCourse);
    const [ownSession] = await addSessions(t.admin, own.id, [['2023-07-02', 2]]);
    await enrolAll(t.admin, own.id, [cadreX.id]);
    await markPresent(secX, own.id, [ownSession!], [cadreX.id]);
    const detail = await detailOf(secX, own.id);
    expect(detail).toMatchObject({ canManage: false, canMark: true });
    const added = await secX.post(`/api/training-courses/${own.id}/sessions`, {
      heldOn: '2023-07-03',
      hours: 2,
      topic: '党章学习',
    });
    expect(added.status).toBe(403);
  });

  it('does not show a township course to a branch secretary below it (404)', async () => {
    expect((await secX.get(`/api/training-courses/${course.id}`)).status).toBe(404);
  });

  it("shows the branch secretary their own member's training, the township's course included", async () => {
    await markPresent(townStaff, course.id, [session], [cadreX.id]);
    const response = await secX.get<PersonTrainings>(`/api/persons/${cadreX.id}/trainings`);
    expect(response.status).toBe(200);
    expect(response.body.courses.find((c) => c.courseId === course.id)).toMatchObject({
      present: 1,
      hours: 4,
    });
    expect((await secX.get(`/api/persons/${cadreY.id}/trainings`)).status).toBe(404);
  });
});

describe('audit and export', () => {
  it('writes an audit row for each change', async () => {
    const course = await createCourse(townStaff, tree.township.id, villageCourse);
    const [session] = await addSessions(townStaff, course.id, [['2023-07-02', 4]]);
    await enrolAll(townStaff, course.id, [cadreX.id]);
    await markPresent(townStaff, course.id, [session!], [cadreX.id]);
    const { rows } = await t.database.db.execute<{ action: string }>(
      sql`SELECT action FROM audit_log
           WHERE (entity_type = 'training_course' AND entity_id = ${String(course.id)})
              OR (entity_type = 'training_session' AND entity_id = ${String(session)})
           ORDER BY id`,
    );
    expect(rows.map((r) => r.action)).toEqual([
      'training.course_created',
      'training.session_added',
      'training.enrolled',
      'training.attendance_marked',
    ]);
  });

  it('exports the roster with a column per session and the hours', async () => {
    const course = await createCourse(townStaff, tree.township.id, villageCourse);
    const [session] = await addSessions(townStaff, course.id, [['2023-07-02', 4]]);
    await enrolAll(townStaff, course.id, [cadreX.id]);
    await markPresent(townStaff, course.id, [session!], [cadreX.id]);
    const file = await townStaff.getRaw(`/api/training-courses/${course.id}/roster.xlsx`);
    expect(file.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.buffer as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('学员名单')!;
    expect(sheet.getRow(2).values).toContain('学时');
    const row = sheet.getRow(3).values as unknown[];
    expect(row).toContain(cadreX.name);
    expect(row).toContain('出席');
    expect(row).toContain(4);
  });
});
