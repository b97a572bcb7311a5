import type { BranchComplianceList, Org } from '@jiceng/core';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { createOrg, createPerson, unique } from '../../test/factories';
import type { TestApp } from '../../test/test-app';
import { meetings } from '../meetings/schema';

/**
 * The compliance fixture: county C → township T → branches B1, B2 directly under T, and general branch G →
 * branch B3 and joint branch B4. Meetings are written straight into `meetings` (the meetings API is built
 * alongside), dated in 2025 and read on ON.
 *
 * - B1: 7 full members → a committee (L9); group g1.
 * - B2: 6 full + 2 probationary members, a secretary and a deputy → no committee; no group.
 * - B3: 2 full members and an organization member post → a committee (L9); groups g3a, g3b.
 * - B4: nobody, no meeting at all.
 */
export const ON = '2025-05-20';

export interface Fixture {
  county: Org;
  township: Org;
  general: Org;
  branches: Record<'B1' | 'B2' | 'B3' | 'B4', Org>;
  groups: Record<'g1' | 'g3a' | 'g3b', Org>;
}

type MeetingState = 'closed' | 'held' | 'planned';

export async function insertMeeting(
  t: TestApp,
  org: Org,
  kind: string,
  heldOn: string,
  options: { groupId?: number; state?: MeetingState } = {},
): Promise<void> {
  const state = options.state ?? 'closed';
  const tenant = await t.database.db.execute<{ tenant_org_id: number }>(
    sql`SELECT tenant_org_id FROM orgs WHERE id = ${org.id}`,
  );
  await t.database.db.insert(meetings).values({
    tenantOrgId: Number(tenant.rows[0]!.tenant_org_id),
    orgId: org.id,
    groupId: options.groupId ?? null,
    kind,
    title: `${kind} ${heldOn}`,
    plannedOn: heldOn,
    state,
    heldOn: state === 'planned' ? null : heldOn,
    minutes:
      state === 'closed' ? { place: '党员活动室', host: '书记', recorder: '委员', topics: '学习' } : null,
    closedAt: state === 'closed' ? new Date(`${heldOn}T12:00:00+08:00`) : null,
    signInToken: randomBytes(16).toString('hex'),
  });
}

async function members(t: TestApp, org: Org, full: number, probationary = 0): Promise<void> {
  for (let i = 0; i < full; i += 1) await createPerson(t.admin, org.id);
  for (let i = 0; i < probationary; i += 1) {
    await createPerson(t.admin, org.id, { admissionDate: '2024-10-01', conversionDate: null });
  }
}

async function post(t: TestApp, org: Org, kind: string): Promise<void> {
  const response = await t.admin.post(`/api/orgs/${org.id}/posts`, {
    post: kind,
    holderName: unique('委员'),
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
}

const monthly = (day: string, months: string[]) => months.map((m) => `2025-${m}-${day}`);

export async function complianceFixture(t: TestApp): Promise<Fixture> {
  const county = await createOrg(t.admin, { parentId: null, kind: 'committee', name: unique('达标县委') });
  const township = await createOrg(t.admin, {
    parentId: county.id,
    kind: 'committee',
    name: unique('达标镇党委'),
  });
  const B1 = await createOrg(t.admin, { parentId: township.id, kind: 'branch', name: unique('一村支部') });
  const B2 = await createOrg(t.admin, { parentId: township.id, kind: 'branch', name: unique('二村支部') });
  const general = await createOrg(t.admin, {
    parentId: township.id,
    kind: 'general_branch',
    name: unique('园区总支'),
  });
  const B3 = await createOrg(t.admin, { parentId: general.id, kind: 'branch', name: unique('三厂支部') });
  const B4 = await createOrg(t.admin, {
    parentId: general.id,
    kind: 'joint_branch',
    name: unique('四联合支部'),
  });
  const g1 = await createOrg(t.admin, { parentId: B1.id, kind: 'group', name: unique('一村一组') });
  const g3a = await createOrg(t.admin, { parentId: B3.id, kind: 'group', name: unique('三厂甲组') });
  const g3b = await createOrg(t.admin, { parentId: B3.id, kind: 'group', name: unique('三厂乙组') });

  await members(t, B1, 7);
  await members(t, B2, 6, 2);
  await post(t, B2, 'secretary');
  await post(t, B2, 'deputy_secretary');
  await members(t, B3, 2);
  await post(t, B3, 'organization_member');

  const closed = async (org: Org, kind: string, dates: string[], groupId?: number) => {
    for (const date of dates) await insertMeeting(t, org, kind, date, groupId ? { groupId } : {});
  };
  // B1
  await closed(B1, 'general_meeting', ['2025-02-10']);
  await insertMeeting(t, B1, 'general_meeting', '2025-05-01', { state: 'held' }); // not closed: does not count
  await closed(B1, 'committee_meeting', monthly('05', ['01', '02', '03', '04']));
  await closed(B1, 'committee_meeting', ['2025-05-25']); // after ON: does not count on ON
  await closed(B1, 'group_meeting', monthly('10', ['01', '03', '05']), g1.id);
  await closed(B1, 'lecture', ['2024-12-20', '2025-04-15']); // last year's lecture fills no 2025 quarter
  await closed(B1, 'theme_day', ['2025-01-15', '2025-02-15', '2025-03-01', '2025-04-15', '2025-05-01']);
  await closed(B1, 'member_review', ['2025-01-20']);
  // B2: committee meetings without a committee are not required, so they change nothing.
  await closed(B2, 'general_meeting', ['2025-03-30', '2025-04-02']);
  await closed(B2, 'committee_meeting', ['2025-01-03']);
  await closed(B2, 'theme_day', monthly('15', ['01', '02', '04', '05']));
  await closed(B2, 'red_saturday', ['2025-05-03']);
  // B3
  await closed(B3, 'committee_meeting', ['2025-05-06']);
  await closed(B3, 'group_meeting', monthly('08', ['01', '02', '03', '04', '05']), g3a.id);
  await closed(B3, 'group_meeting', ['2025-04-08'], g3b.id);
  await closed(B3, 'lecture', ['2025-03-01', '2025-05-01']);
  await closed(B3, 'theme_day', ['2025-02-15', '2025-03-03']);
  await closed(B3, 'life_meeting', ['2025-01-30']);
  await closed(B3, 'member_review', ['2025-01-30']);

  return { county, township, general, branches: { B1, B2, B3, B4 }, groups: { g1, g3a, g3b } };
}

/**
 * The list as a table of fixture names: per branch, per kind (`kind@group` for group meetings) the statuses
 * of the periods in order, e.g. `met overdue due`.
 */
export function statusTable(list: BranchComplianceList, f: Fixture): Record<string, Record<string, string>> {
  const names = new Map<number, string>();
  for (const [name, org] of Object.entries({ ...f.branches, ...f.groups })) names.set(org.id, name);
  const table: Record<string, Record<string, string>> = {};
  for (const branch of list.branches) {
    const row: Record<string, string> = {};
    for (const item of branch.compliance) {
      const key =
        item.groupId === null ? item.requirement.kind : `${item.requirement.kind}@${names.get(item.groupId)}`;
      row[key] = item.periods.map((p) => p.status).join(' ');
    }
    table[names.get(branch.org.id) ?? branch.org.name] = row;
  }
  return table;
}
