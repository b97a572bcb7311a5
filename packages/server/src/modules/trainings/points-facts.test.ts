import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, sampleTree, signedInAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { trainingHoursFacts } from './points-facts';
import { addSessions, createCourse, enrolAll, markPresent } from './test-support';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('training hours for points', () => {
  it('gives one fact per session present, its units the class hours, within the year', async () => {
    const tree = await sampleTree(t);
    const staff = await signedInAs(t, 'org_staff', tree.township.id);
    const member = await createPerson(t.admin, tree.branchX.id);
    const course = await createCourse(staff, tree.township.id, {
      audience: 'members',
      startsOn: '2023-12-30',
      endsOn: '2024-01-02',
    });
    const [late, absent, early] = await addSessions(staff, course.id, [
      ['2023-12-30', 3.5],
      ['2023-12-31', 4],
      ['2024-01-02', 2],
    ]);
    await enrolAll(staff, course.id, [member.id]);
    await markPresent(staff, course.id, [late!, early!], [member.id]);
    await staff.request('PUT', `/api/training-courses/${course.id}/sessions/${absent}/attendance`, {
      marks: [{ personId: member.id, mark: 'absent' }],
    });
    const facts = await t.database.db.transaction((tx) => trainingHoursFacts.collect(tx, [member.id], 2023));
    expect(facts).toEqual([
      {
        personId: member.id,
        source: 'training_hours',
        qualifier: null,
        date: '2023-12-30',
        units: 3.5,
        refType: 'training_session',
        refId: late,
      },
    ]);
    const { rows } = await t.database.db.execute<{ n: number }>(sql`SELECT 1 AS n`);
    expect(rows).toHaveLength(1);
  });
});
