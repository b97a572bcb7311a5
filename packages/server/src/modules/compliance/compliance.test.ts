import type { BranchComplianceList, ComplianceCell, ComplianceSummary } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { complianceFixture, ON, statusTable, type Fixture } from './test-fixture';

/**
 * The hand-computed table of issue 7: the fixture of test-fixture.ts read on 2025-05-20 — months January to
 * May, quarters Q1 and Q2, and the year 2025. Only closed meetings dated from 1 January to ON count; a period
 * that has ended unmet is overdue, the running one is due until met.
 */
const BASE_TABLE = {
  B1: {
    general_meeting: 'met due', // Feb 10; the May 1 meeting was held but never closed
    committee_meeting: 'met met met met due', // the May 25 meeting lies after ON
    'group_meeting@g1': 'met overdue met overdue met',
    lecture: 'overdue met', // the 2024-12-20 lecture counts for no 2025 quarter
    theme_day: 'met met met met met',
    life_meeting: 'due',
    member_review: 'met',
  },
  // No committee (6 full members; the 2 probationary do not count, nor do secretary and deputy posts).
  B2: {
    general_meeting: 'met met',
    lecture: 'overdue due',
    theme_day: 'met met overdue met met',
    life_meeting: 'due',
    member_review: 'due',
  },
  // A committee through its organization member, with only 2 full members.
  B3: {
    general_meeting: 'overdue due',
    committee_meeting: 'overdue overdue overdue overdue met',
    'group_meeting@g3a': 'met met met met met',
    'group_meeting@g3b': 'overdue overdue overdue met due',
    lecture: 'met met',
    theme_day: 'overdue met met overdue due',
    life_meeting: 'met',
    member_review: 'met',
  },
  // Nothing held: every ended period overdue, every running one due; no committee, no group.
  B4: {
    general_meeting: 'overdue due',
    lecture: 'overdue due',
    theme_day: 'overdue overdue overdue overdue due',
    life_meeting: 'due',
    member_review: 'due',
  },
};

/** A summary cell as `met/branches !overdue-in-year`. */
const cellText = (c: ComplianceCell) => `${c.met}/${c.branches} !${c.overdueInYearOrgIds.length}`;
const cells = (list: ComplianceCell[]) => Object.fromEntries(list.map((c) => [c.kind, cellText(c)]));

/** The period containing ON: Q2, May, 2025. Overdue counts branches with any unmet period of the year. */
const SUMMARY = {
  G: {
    general_meeting: '0/2 !2',
    committee_meeting: '1/1 !1',
    group_meeting: '0/1 !1', // g3a met May, g3b has not: the branch is due
    lecture: '1/2 !1',
    theme_day: '0/2 !2',
    life_meeting: '1/2 !0',
    member_review: '1/2 !0',
  },
  T: {
    general_meeting: '1/2 !0',
    committee_meeting: '0/1 !0',
    group_meeting: '1/1 !1',
    lecture: '1/2 !2',
    theme_day: '2/2 !1',
    life_meeting: '0/2 !0',
    member_review: '1/2 !0',
  },
  total: {
    general_meeting: '1/4 !2',
    committee_meeting: '1/2 !1',
    group_meeting: '1/2 !2',
    lecture: '2/4 !3',
    theme_day: '2/4 !3',
    life_meeting: '1/4 !0',
    member_review: '2/4 !0',
  },
};

let t: TestApp;
let f: Fixture;

beforeAll(async () => {
  t = await startTestApp();
  f = await complianceFixture(t);
});
afterAll(async () => {
  await t?.close();
});

describe('branch compliance', () => {
  it('matches the hand-computed table for every branch, kind and period', async () => {
    const response = await t.admin.get<BranchComplianceList>(
      `/api/compliance/branches?orgId=${f.township.id}&on=${ON}`,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.since).toBe('2025-01-01');
    expect(statusTable(response.body, f)).toEqual(BASE_TABLE);
    const b3 = response.body.branches.find((b) => b.org.id === f.branches.B3.id)!;
    expect(b3).toMatchObject({ hasCommittee: true, fullMembers: 2 });
    const b2 = response.body.branches.find((b) => b.org.id === f.branches.B2.id)!;
    expect(b2).toMatchObject({ hasCommittee: false, fullMembers: 6 });
  });

  it('reports the periods with their keys and counts of closed meetings', async () => {
    const response = await t.admin.get<BranchComplianceList>(
      `/api/compliance/branches?orgId=${f.branches.B1.id}&on=${ON}`,
    );
    expect(response.body.branches).toHaveLength(1);
    const committee = response.body.branches[0]!.compliance.find(
      (c) => c.requirement.kind === 'committee_meeting',
    )!;
    expect(committee.periods.map((p) => [p.key, p.count])).toEqual([
      ['2025-01', 1],
      ['2025-02', 1],
      ['2025-03', 1],
      ['2025-04', 1],
      ['2025-05', 0],
    ]);
  });

  it('counts the meeting of May 25 once that day has come', async () => {
    const response = await t.admin.get<BranchComplianceList>(
      `/api/compliance/branches?orgId=${f.branches.B1.id}&on=2025-05-25`,
    );
    expect(statusTable(response.body, f).B1!.committee_meeting).toBe('met met met met met');
  });

  it('defaults to today and the actor’s whole reach', async () => {
    const response = await t.admin.get<BranchComplianceList>('/api/compliance/branches');
    expect(response.status).toBe(200);
    expect(response.body.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(response.body.branches.map((b) => b.org.id)).toEqual(
      expect.arrayContaining(Object.values(f.branches).map((b) => b.id)),
    );
  });

  it('refuses a date that is not a date', async () => {
    const response = await t.admin.get(`/api/compliance/branches?orgId=${f.township.id}&on=2025-02-30`);
    expect(response.status).toBe(400);
  });
});

describe('the committee summary', () => {
  let summary: ComplianceSummary;
  beforeAll(async () => {
    const response = await t.admin.get<ComplianceSummary>(
      `/api/compliance/summary?orgId=${f.township.id}&on=${ON}`,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    summary = response.body;
  });

  it('has a row per child org with branches, and the township’s own branches last', () => {
    expect(summary.rows.map((r) => [r.org.id, r.self, r.branches])).toEqual([
      [f.general.id, false, 2],
      [f.township.id, true, 2],
    ]);
    expect(summary.kinds.map((k) => k.label)).toEqual([
      '支部党员大会',
      '支部委员会会议',
      '党小组会',
      '党课',
      '主题党日',
      '组织生活会',
      '民主评议党员',
    ]);
  });

  it('matches the hand-computed shares and overdue counts', () => {
    expect(cells(summary.rows[0]!.cells)).toEqual(SUMMARY.G);
    expect(cells(summary.rows[1]!.cells)).toEqual(SUMMARY.T);
    expect(summary.totals.branches).toBe(4);
    expect(cells(summary.totals.cells)).toEqual(SUMMARY.total);
    const lecture = summary.totals.cells.find((c) => c.kind === 'lecture')!;
    expect(lecture.share).toBe(0.5);
    expect(lecture.dueOrgIds.sort()).toEqual([f.branches.B2.id, f.branches.B4.id].sort());
  });

  it('lists each overdue branch with its kind and periods', () => {
    const of = (name: 'B1' | 'B2' | 'B3' | 'B4', kind: string) =>
      summary.overdue.find((o) => o.orgId === f.branches[name].id && o.kind === kind);
    expect(of('B1', 'group_meeting')).toMatchObject({
      orgName: f.branches.B1.name,
      rowOrgId: f.township.id,
      label: '党小组会',
      periods: [
        { key: '2025-02', label: '2025年2月' },
        { key: '2025-04', label: '2025年4月' },
      ],
      groups: [f.groups.g1.name],
    });
    expect(of('B3', 'group_meeting')).toMatchObject({
      rowOrgId: f.general.id,
      periods: [{ key: '2025-01' }, { key: '2025-02' }, { key: '2025-03' }],
      groups: [f.groups.g3b.name],
    });
    expect(of('B4', 'general_meeting')?.periods).toEqual([{ key: '2025-Q1', label: '2025年第一季度' }]);
    expect(of('B2', 'general_meeting')).toBeUndefined();
    // B1: group, lecture; B2: lecture, theme day; B3: general, committee, group, theme day; B4: general,
    // lecture, theme day — the overdue counts of the totals row added up.
    expect(summary.overdue).toHaveLength(11);
  });

  it('summarizes a general branch by its own branches', async () => {
    const response = await t.admin.get<ComplianceSummary>(
      `/api/compliance/summary?orgId=${f.general.id}&on=${ON}`,
    );
    expect(response.body.rows.map((r) => [r.org.id, r.self, r.branches])).toEqual([[f.general.id, true, 2]]);
    expect(cells(response.body.totals.cells)).toEqual(SUMMARY.G);
  });
});
