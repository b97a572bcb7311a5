import type { Org, Person } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { createOrg, createPerson, unique } from '../../test/factories';
import type { TestApp } from '../../test/test-app';
import { insertMeeting } from '../compliance/test-fixture';

/**
 * The assessment fixture: county → township T → branches A, B, C, and general branch G → branch D. Two
 * members each in A and B. Records of May 2025 (written straight into the tables, as the compliance
 * fixture does):
 *
 * - A: a closed theme day on 15 May, both members present; dues 2 × 1.00 元 due, both paid.
 * - B: no meeting; dues 2 × 1.00 元 due, one paid.
 * - C, D: nothing at all.
 */
export const MONTH = '2025-05';

export interface Fixture {
  county: Org;
  township: Org;
  general: Org;
  branches: Record<'A' | 'B' | 'C' | 'D', Org>;
  members: Record<'A' | 'B', Person[]>;
}

async function tenantOf(t: TestApp, org: Org): Promise<number> {
  const rows = await t.database.db.execute<{ tenant_org_id: number }>(
    sql`SELECT tenant_org_id FROM orgs WHERE id = ${org.id}`,
  );
  return Number(rows.rows[0]!.tenant_org_id);
}

/** One member's dues for the month: 1.00 元 due, and paid when `paid`. */
export async function dues(
  t: TestApp,
  org: Org,
  person: Person,
  month: string,
  paid: boolean,
): Promise<void> {
  const tenant = await tenantOf(t, org);
  await t.database.db.execute(sql`
    INSERT INTO dues_due (person_id, month, tenant_org_id, org_id, org_path, amount_fen)
    SELECT ${person.id}, ${month}, ${tenant}, id, path, 100 FROM orgs WHERE id = ${org.id}`);
  if (!paid) return;
  await t.database.db.execute(sql`
    INSERT INTO dues_payments (tenant_org_id, org_id, org_path, person_id, month, amount_fen, kind, paid_on)
    SELECT ${tenant}, id, path, ${person.id}, ${month}, 100, 'regular', ${`${month}-20`}::date
      FROM orgs WHERE id = ${org.id}`);
}

/** Marks who came to the org's latest meeting: every listed member expected, `present` ones present. */
export async function attendance(t: TestApp, org: Org, expected: Person[], present: Person[]): Promise<void> {
  const meeting = await t.database.db.execute<{ id: number }>(
    sql`SELECT id FROM meetings WHERE org_id = ${org.id} ORDER BY id DESC LIMIT 1`,
  );
  const meetingId = Number(meeting.rows[0]!.id);
  for (const person of expected) {
    const mark = present.includes(person) ? 'present' : 'absent';
    await t.database.db.execute(sql`
      INSERT INTO meeting_attendees (meeting_id, person_id, expected, mark, marked_via, marked_at)
      VALUES (${meetingId}, ${person.id}, true, ${mark}, 'secretary', now())`);
  }
}

export async function assessmentFixture(t: TestApp): Promise<Fixture> {
  const county = await createOrg(t.admin, { parentId: null, kind: 'committee', name: unique('考核县委') });
  const township = await createOrg(t.admin, {
    parentId: county.id,
    kind: 'committee',
    name: unique('考核镇党委'),
  });
  const branch = (parentId: number, name: string) =>
    createOrg(t.admin, { parentId, kind: 'branch', name: unique(name) });
  const A = await branch(township.id, '甲村支部');
  const B = await branch(township.id, '乙村支部');
  const C = await branch(township.id, '丙村支部');
  const general = await createOrg(t.admin, {
    parentId: township.id,
    kind: 'general_branch',
    name: unique('园区总支'),
  });
  const D = await branch(general.id, '丁厂支部');
  const members = {
    A: [await createPerson(t.admin, A.id), await createPerson(t.admin, A.id)],
    B: [await createPerson(t.admin, B.id), await createPerson(t.admin, B.id)],
  };
  await insertMeeting(t, A, 'theme_day', `${MONTH}-15`);
  await attendance(t, A, members.A, members.A);
  for (const p of members.A) await dues(t, A, p, MONTH, true);
  await dues(t, B, members.B[0]!, MONTH, true);
  await dues(t, B, members.B[1]!, MONTH, false);
  return { county, township, general, branches: { A, B, C, D }, members };
}
