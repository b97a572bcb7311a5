import type { BranchComplianceList, ComplianceCell, ComplianceSummary, MeetingRulesView } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { complianceFixture, ON, statusTable, type Fixture } from './test-fixture';

/**
 * Local rules over the fixture of compliance.test.ts: the township asks for a lecture every month, the county
 * fixes the theme day on the 1st, the general branch on the 15th (the deeper rule wins for B3 and B4), and the
 * township adds a monthly 红色星期六.
 */
let t: TestApp;
let f: Fixture;
let townStaff: TestClient;

const cellText = (c: ComplianceCell) => `${c.met}/${c.branches} !${c.overdueInYearOrgIds.length}`;

async function table() {
  const response = await t.admin.get<BranchComplianceList>(
    `/api/compliance/branches?orgId=${f.township.id}&on=${ON}`,
  );
  expect(response.status).toBe(200);
  return statusTable(response.body, f);
}

function setRule(client: TestClient, orgId: number, body: Record<string, unknown>) {
  return client.post<MeetingRulesView>(`/api/orgs/${orgId}/meeting-rules`, body);
}

beforeAll(async () => {
  t = await startTestApp();
  f = await complianceFixture(t);
  townStaff = await signedInAs(t, 'org_staff', f.township.id);
});
afterAll(async () => {
  await t?.close();
});

describe('local rules', () => {
  it('start from the base table, each requirement marked as such', async () => {
    const response = await t.admin.get<MeetingRulesView>(`/api/orgs/${f.branches.B3.id}/meeting-rules`);
    expect(response.status).toBe(200);
    expect(response.body.rules).toEqual([]);
    expect(response.body.requirements.map((r) => [r.kind, r.per, r.basis, r.source])).toEqual([
      ['general_meeting', 'quarter', 'regulation', null],
      ['committee_meeting', 'month', 'regulation', null],
      ['group_meeting', 'month', 'regulation', null],
      ['lecture', 'quarter', 'common_practice', null],
      ['theme_day', 'month', 'regulation', null],
      ['life_meeting', 'year', 'regulation', null],
      ['member_review', 'year', 'regulation', null],
    ]);
  });

  it('change the table: a monthly lecture, and a theme day on a fixed day, the deepest org’s winning', async () => {
    expect(
      (await setRule(townStaff, f.township.id, { kind: 'lecture', per: 'month', minCount: 1 })).status,
    ).toBe(201);
    expect(
      (await setRule(t.admin, f.county.id, { kind: 'theme_day', per: 'month', minCount: 1, fixedDay: 1 }))
        .status,
    ).toBe(201);
    const general = await setRule(townStaff, f.general.id, {
      kind: 'theme_day',
      per: 'month',
      minCount: 1,
      fixedDay: 15,
    });
    expect(general.status, JSON.stringify(general.body)).toBe(201);

    const after = await table();
    expect({
      B1: [after.B1!.lecture, after.B1!.theme_day],
      B2: [after.B2!.lecture, after.B2!.theme_day],
      B3: [after.B3!.lecture, after.B3!.theme_day],
      B4: [after.B4!.lecture, after.B4!.theme_day],
    }).toEqual({
      // Lecture Apr 15 only; theme days on the 1st (county rule): Mar 1 and May 1.
      B1: ['overdue overdue overdue met due', 'overdue overdue met overdue met'],
      // No lecture; theme days all on the 15th, none on the 1st.
      B2: ['overdue overdue overdue overdue due', 'overdue overdue overdue overdue due'],
      // Lectures Mar 1 and May 1; theme days on the 15th (general branch rule): Feb 15 only.
      B3: ['overdue overdue met overdue met', 'overdue met overdue overdue due'],
      B4: ['overdue overdue overdue overdue due', 'overdue overdue overdue overdue due'],
    });
    // The rest of the table is untouched.
    expect(after.B1!.general_meeting).toBe('met due');
    expect(after.B3!['group_meeting@g3b']).toBe('overdue overdue overdue met due');

    const summary = await t.admin.get<ComplianceSummary>(
      `/api/compliance/summary?orgId=${f.township.id}&on=${ON}`,
    );
    const totals = Object.fromEntries(summary.body.totals.cells.map((c) => [c.kind, cellText(c)]));
    expect(totals).toMatchObject({ lecture: '1/4 !4', theme_day: '1/4 !4', general_meeting: '1/4 !2' });
  });

  it('show where each requirement comes from, nearest org first', async () => {
    const response = await t.admin.get<MeetingRulesView>(`/api/orgs/${f.branches.B3.id}/meeting-rules`);
    const byKind = Object.fromEntries(response.body.requirements.map((r) => [r.kind, r]));
    expect(byKind.lecture).toMatchObject({ per: 'month', basis: 'local', source: { orgId: f.township.id } });
    expect(byKind.theme_day).toMatchObject({
      fixedDay: 15,
      source: { orgId: f.general.id, orgName: f.general.name },
    });
    expect(byKind.general_meeting!.source).toBeNull();
    expect(response.body.rules.map((r) => [r.orgId, r.kind, r.inEffect])).toEqual([
      [f.general.id, 'theme_day', true],
      [f.township.id, 'lecture', true],
      [f.county.id, 'theme_day', false],
    ]);
    const b1 = await t.admin.get<MeetingRulesView>(`/api/orgs/${f.branches.B1.id}/meeting-rules`);
    expect(b1.body.requirements.find((r) => r.kind === 'theme_day')).toMatchObject({
      fixedDay: 1,
      source: { orgId: f.county.id },
    });
  });

  it('add a custom kind as a column the branches must keep', async () => {
    const set = await setRule(townStaff, f.township.id, {
      kind: 'red_saturday',
      per: 'month',
      minCount: 1,
      label: '红色星期六',
    });
    expect(set.status, JSON.stringify(set.body)).toBe(201);
    expect((await table()).B2!.red_saturday).toBe('overdue overdue overdue overdue met');
    const summary = await t.admin.get<ComplianceSummary>(
      `/api/compliance/summary?orgId=${f.township.id}&on=${ON}`,
    );
    expect(summary.body.kinds.at(-1)).toEqual({ kind: 'red_saturday', label: '红色星期六' });
    const cell = summary.body.totals.cells.find((c) => c.kind === 'red_saturday')!;
    expect(cellText(cell)).toBe('1/4 !4');
  });

  it('refuse a rule weaker than the base, naming the rule, and write nothing', async () => {
    const before = await t.database.db.execute(sql`SELECT count(*)::int AS n FROM local_meeting_rules`);
    const yearly = await setRule(townStaff, f.township.id, {
      kind: 'general_meeting',
      per: 'year',
      minCount: 1,
    });
    expect(yearly.status).toBe(422);
    expect(yearly.body).toMatchObject({
      error: {
        code: 'rule_violated',
        rule: 'org-life.md L1',
        field: 'per',
        message: expect.stringContaining('支部党员大会'),
      },
    });
    const fewer = await setRule(townStaff, f.township.id, {
      kind: 'committee_meeting',
      per: 'month',
      minCount: 1,
    });
    expect(fewer.status).toBe(201); // equal to the base is allowed
    const loose = await setRule(townStaff, f.township.id, { kind: 'lecture', per: 'year', minCount: 3 });
    expect(loose.status).toBe(422);
    const after = await t.database.db.execute(sql`SELECT count(*)::int AS n FROM local_meeting_rules`);
    expect(Number(after.rows[0]!.n)).toBe(Number(before.rows[0]!.n) + 1);
  });

  it('refuse a fixed day on a rule that is not monthly, and a rule on a group', async () => {
    const quarterly = await setRule(townStaff, f.township.id, {
      kind: 'lecture',
      per: 'quarter',
      minCount: 1,
      fixedDay: 3,
    });
    expect(quarterly.status).toBe(400);
    const group = await setRule(townStaff, f.groups.g1.id, { kind: 'lecture', per: 'month', minCount: 1 });
    expect(group.status).toBe(422);
  });

  it('keep one active rule per org and kind: a new one ends the old', async () => {
    const twice = await setRule(townStaff, f.township.id, { kind: 'lecture', per: 'month', minCount: 2 });
    expect(twice.status).toBe(201);
    const lectures = twice.body.rules.filter((r) => r.kind === 'lecture');
    expect(lectures.map((r) => r.minCount)).toEqual([2]);
    const rows = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM local_meeting_rules WHERE org_id = ${f.township.id} AND kind = 'lecture'`,
    );
    expect(Number(rows.rows[0]!.n)).toBe(2);
    // Two lectures a month now: B3's single lectures of March and May no longer fill them.
    expect((await table()).B3!.lecture).toBe('overdue overdue overdue overdue due');
  });

  it('end a rule: its branches fall back to the next rule above', async () => {
    const view = await t.admin.get<MeetingRulesView>(`/api/orgs/${f.general.id}/meeting-rules`);
    const rule = view.body.rules.find((r) => r.orgId === f.general.id && r.kind === 'theme_day')!;
    const ended = await townStaff.delete<MeetingRulesView>(
      `/api/orgs/${f.general.id}/meeting-rules/${rule.id}`,
    );
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(ended.body.requirements.find((r) => r.kind === 'theme_day')).toMatchObject({
      fixedDay: 1,
      source: { orgId: f.county.id },
    });
    // B3's theme days were Feb 15 and Mar 3: none on the 1st.
    expect((await table()).B3!.theme_day).toBe('overdue overdue overdue overdue due');
    const again = await townStaff.delete(`/api/orgs/${f.general.id}/meeting-rules/${rule.id}`);
    expect(again.status).toBe(404);
    // A rule is ended through its own org only.
    const county = (await t.admin.get<MeetingRulesView>(`/api/orgs/${f.county.id}/meeting-rules`)).body
      .rules[0]!;
    expect((await townStaff.delete(`/api/orgs/${f.township.id}/meeting-rules/${county.id}`)).status).toBe(
      404,
    );
  });

  it('are audited', async () => {
    const rows = await t.database.db.execute<{ action: string; n: number }>(sql`
      SELECT action, count(*)::int AS n FROM audit_log WHERE action LIKE 'compliance.%' GROUP BY action ORDER BY action`);
    expect(rows.rows.map((r) => [r.action, Number(r.n)])).toEqual([
      ['compliance.rule_ended', 1],
      ['compliance.rule_set', 6],
    ]);
  });

  it('may not be set by a secretary for the township above', async () => {
    const secretary = await signedInAs(t, 'branch_secretary', f.branches.B1.id);
    const response = await setRule(secretary, f.township.id, { kind: 'lecture', per: 'month', minCount: 1 });
    expect(response.status).toBe(404);
    const own = await setRule(secretary, f.branches.B1.id, { kind: 'lecture', per: 'month', minCount: 1 });
    expect(own.status).toBe(201);
    const member = await signedInAs(t, 'member', f.branches.B1.id);
    expect((await member.get(`/api/orgs/${f.branches.B1.id}/meeting-rules`)).status).toBe(403);
  });
});
