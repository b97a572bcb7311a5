import type { Org, Person, ReviewGrade } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { createOrg, createPerson, unique } from '../../test/factories';
import type { TestApp } from '../../test/test-app';

export interface FixtureMember {
  name: string;
  points: number[];
  grade?: ReviewGrade;
  phone?: string;
  idNumber?: string;
  source?: string;
}

let refSequence = 0;

/** Point entries as the points module writes them (plain rows): one per earned item. */
export async function insertPoints(
  t: TestApp,
  person: Person,
  year: number,
  points: number[],
  source = 'meeting_attendance',
): Promise<void> {
  for (const p of points) {
    refSequence += 1;
    await t.database.db.execute(sql`
      INSERT INTO point_entries (tenant_org_id, person_id, org_id, year, month, occurred_on, source,
        rule_key, units, raw_points, points, capped, ref_type, ref_id)
      SELECT o.tenant_org_id, ${person.id}, ${person.orgId}, ${year}, ${`${year}-03`}, ${`${year}-03-15`},
        ${source}, ${source}, 1, ${p}, ${p}, false, 'test', ${refSequence}
      FROM orgs o WHERE o.id = ${person.orgId}`);
  }
}

/** A review of the branch for the year with these grades (plain rows, as the reviews module keeps them). */
export async function insertGrades(
  t: TestApp,
  orgId: number,
  year: number,
  grades: { person: Person; grade: ReviewGrade }[],
): Promise<void> {
  const review = await t.database.db.execute<{ id: number }>(sql`
    INSERT INTO member_reviews (tenant_org_id, org_id, year)
    SELECT tenant_org_id, id, ${year} FROM orgs WHERE id = ${orgId} RETURNING id`);
  const reviewId = review.rows[0]!.id;
  for (const { person, grade } of grades) {
    await t.database.db.execute(sql`
      INSERT INTO member_review_entries (review_id, person_id, stage, grade)
      VALUES (${reviewId}, ${person.id}, 'full', ${grade})`);
  }
}

/** A new branch under `parentId` whose members have the given points and grades for the year. */
export async function branchWith(
  t: TestApp,
  parentId: number,
  year: number,
  members: FixtureMember[],
): Promise<{ branch: Org; persons: Person[] }> {
  const branch = await createOrg(t.admin, { parentId, kind: 'branch', name: unique('星级支部') });
  const persons: Person[] = [];
  for (const m of members) {
    const person = await createPerson(t.admin, branch.id, {
      name: m.name,
      phone: m.phone ?? null,
      ...(m.idNumber ? { idNumber: m.idNumber } : {}),
    });
    await insertPoints(t, person, year, m.points, m.source);
    persons.push(person);
  }
  const graded = members
    .map((m, i) => ({ person: persons[i]!, grade: m.grade }))
    .filter((g): g is { person: Person; grade: ReviewGrade } => g.grade !== undefined);
  if (graded.length) await insertGrades(t, branch.id, year, graded);
  return { branch, persons };
}
