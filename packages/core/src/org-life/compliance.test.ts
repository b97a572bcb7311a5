import { describe, expect, it } from 'vitest';
import {
  branchCompliance,
  summarizeCompliance,
  type HeldMeeting,
  type RequirementCompliance,
} from './compliance';
import { BASE_REQUIREMENTS, effectiveRequirements } from './requirements';

/**
 * Fixture: four branches of one township, reported from 2026-07-01 to today 2026-11-18. The county sets the
 * theme day on the 15th (depth 0); the township adds a monthly 红色星期六 (depth 1) and tries a yearly
 * general meeting, which is weaker than the base and ignored.
 */
const today = '2026-11-18';
const since = '2026-07-01';
const requirements = effectiveRequirements(BASE_REQUIREMENTS, [
  { kind: 'theme_day', per: 'month', minCount: 1, fixedDay: 15, setByOrgId: 100, setByOrgDepth: 0 },
  { kind: 'red_saturday', per: 'month', minCount: 1, label: '红色星期六', setByOrgId: 200, setByOrgDepth: 1 },
  { kind: 'general_meeting', per: 'year', minCount: 1, setByOrgId: 200, setByOrgDepth: 1 },
]);

const held = (kind: string, dates: string[], extra: Partial<HeldMeeting> = {}): HeldMeeting[] =>
  dates.map((date) => ({ kind, date, closed: true, ...extra }));

const firstSaturdays = ['2026-07-04', '2026-08-01', '2026-09-05', '2026-10-03', '2026-11-07'];
const monthly = (day: string, months = ['07', '08', '09', '10', '11']) =>
  months.map((m) => `2026-${m}-${day}`);

const branches = {
  // A: everything, except that group 12 has not met in November.
  1: {
    hasCommittee: true,
    groupIds: [11, 12],
    meetings: [
      ...held('general_meeting', ['2026-08-20', '2026-10-10']),
      ...held('committee_meeting', monthly('05')),
      ...held('group_meeting', monthly('08'), { groupId: 11 }),
      ...held('group_meeting', monthly('09', ['07', '08', '09', '10']), { groupId: 12 }),
      ...held('lecture', ['2026-09-01', '2026-11-02']),
      ...held('theme_day', monthly('15')),
      // Before `since`, but inside the year 2026 that `since` opens.
      ...held('life_meeting', ['2026-01-20']),
      ...held('member_review', ['2026-01-20']),
      ...held('red_saturday', firstSaturdays),
    ],
  },
  // B: no committee, no groups; few meetings, a theme day on the wrong day.
  2: {
    hasCommittee: false,
    groupIds: [],
    meetings: [
      ...held('general_meeting', ['2026-07-15']),
      ...held('theme_day', ['2026-10-15', '2026-11-14']),
      ...held('red_saturday', ['2026-11-07']),
    ],
  },
  // C: minutes missing, a group meeting without its group, a general meeting dated after today.
  3: {
    hasCommittee: true,
    groupIds: [31],
    meetings: [
      ...held('committee_meeting', ['2026-10-09']),
      ...held('committee_meeting', ['2026-11-03'], { closed: false }),
      ...held('group_meeting', ['2026-10-12'], { groupId: null }),
      ...held('group_meeting', ['2026-11-12'], { groupId: 31 }),
      ...held('general_meeting', ['2026-11-20']),
      ...held('theme_day', ['2026-11-15']),
    ],
  },
  // D: everything.
  4: {
    hasCommittee: true,
    groupIds: [41],
    meetings: [
      ...held('general_meeting', ['2026-07-10', '2026-10-10']),
      ...held('committee_meeting', monthly('05')),
      ...held('group_meeting', monthly('08'), { groupId: 41 }),
      ...held('lecture', ['2026-08-01', '2026-10-01']),
      ...held('theme_day', monthly('15')),
      ...held('life_meeting', ['2026-11-10']),
      ...held('member_review', ['2026-11-10']),
      ...held('red_saturday', firstSaturdays),
    ],
  },
} as const;

const compliance = Object.fromEntries(
  Object.entries(branches).map(([orgId, b]) => [
    orgId,
    branchCompliance({
      requirements,
      meetings: b.meetings,
      since,
      today,
      hasCommittee: b.hasCommittee,
      groupIds: b.groupIds,
    }),
  ]),
) as Record<string, RequirementCompliance[]>;

const table = (orgId: number, kind: string, groupId: number | null = null) =>
  compliance[String(orgId)]
    ?.find((c) => c.requirement.kind === kind && c.groupId === groupId)
    ?.periods.map((p) => `${p.key} ${p.status}`);

describe('branchCompliance (org-life.md L1)', () => {
  it('reports a quarterly general meeting met in Q3 and due in the running Q4', () => {
    expect(table(2, 'general_meeting')).toEqual(['2026-Q3 met', '2026-Q4 due']);
  });

  it('keeps the base general meeting when a local rule is weaker', () => {
    expect(requirements.find((r) => r.kind === 'general_meeting')?.per).toBe('quarter');
  });

  it('marks a past quarter without a lecture overdue', () => {
    expect(table(2, 'lecture')).toEqual(['2026-Q3 overdue', '2026-Q4 due']);
  });

  it('counts a fixed-day theme day only on the 15th', () => {
    expect(table(2, 'theme_day')).toEqual([
      '2026-07 overdue',
      '2026-08 overdue',
      '2026-09 overdue',
      '2026-10 met',
      '2026-11 due',
    ]);
  });

  it('reports a custom kind the township added', () => {
    expect(table(2, 'red_saturday')).toEqual([
      '2026-07 overdue',
      '2026-08 overdue',
      '2026-09 overdue',
      '2026-10 overdue',
      '2026-11 met',
    ]);
  });

  it('reports the whole year that since falls in, counting a meeting before since', () => {
    expect(table(1, 'life_meeting')).toEqual(['2026 met']);
    expect(table(2, 'life_meeting')).toEqual(['2026 due']);
  });

  it('leaves out committee meetings for a branch without a committee', () => {
    expect(compliance['2']?.some((c) => c.requirement.kind === 'committee_meeting')).toBe(false);
  });

  it('does not count a meeting without minutes', () => {
    expect(table(3, 'committee_meeting')).toEqual([
      '2026-07 overdue',
      '2026-08 overdue',
      '2026-09 overdue',
      '2026-10 met',
      '2026-11 due',
    ]);
  });

  it('counts group meetings only for their own group', () => {
    expect(table(3, 'group_meeting', 31)).toEqual([
      '2026-07 overdue',
      '2026-08 overdue',
      '2026-09 overdue',
      '2026-10 overdue',
      '2026-11 met',
    ]);
  });

  it('reports each group of a branch separately', () => {
    expect(table(1, 'group_meeting', 11)?.at(-1)).toBe('2026-11 met');
    expect(table(1, 'group_meeting', 12)?.at(-1)).toBe('2026-11 due');
  });

  it('does not count a meeting dated after today', () => {
    expect(table(3, 'general_meeting')).toEqual(['2026-Q3 overdue', '2026-Q4 due']);
  });

  it('reports the count of meetings in each period', () => {
    const periods = compliance['1']?.find((c) => c.requirement.kind === 'general_meeting')?.periods;
    expect(periods?.map((p) => p.count)).toEqual([1, 1]);
  });
});

const entries = Object.entries(compliance).map(([orgId, list]) => ({
  orgId: Number(orgId),
  compliance: list,
}));
const row = (s: ReturnType<typeof summarizeCompliance>[number]) => [
  s.kind,
  s.branches,
  s.met,
  s.share === null ? null : Math.round(s.share * 100),
  s.dueOrgIds,
  s.overdueOrgIds,
];

describe('summarizeCompliance', () => {
  it('gives the share of compliant branches per kind in the current periods (hand-computed)', () => {
    expect(summarizeCompliance(entries, today).map(row)).toEqual([
      // kind, branches, met, share %, due, overdue
      ['general_meeting', 4, 2, 50, [2, 3], []],
      ['committee_meeting', 3, 2, 67, [3], []],
      ['group_meeting', 3, 2, 67, [1], []],
      ['lecture', 4, 2, 50, [2, 3], []],
      ['theme_day', 4, 3, 75, [2], []],
      ['life_meeting', 4, 2, 50, [2, 3], []],
      ['member_review', 4, 2, 50, [2, 3], []],
      ['red_saturday', 4, 3, 75, [3], []],
    ]);
  });

  it('lists overdue branches for a past period (September, Q3, 2026; hand-computed)', () => {
    expect(summarizeCompliance(entries, '2026-09-30').map(row)).toEqual([
      ['general_meeting', 4, 3, 75, [], [3]],
      ['committee_meeting', 3, 2, 67, [], [3]],
      ['group_meeting', 3, 2, 67, [], [3]],
      ['lecture', 4, 2, 50, [], [2, 3]],
      ['theme_day', 4, 2, 50, [], [2, 3]],
      ['life_meeting', 4, 2, 50, [2, 3], []],
      ['member_review', 4, 2, 50, [2, 3], []],
      ['red_saturday', 4, 2, 50, [], [2, 3]],
    ]);
  });

  it('names a custom kind by its label', () => {
    expect(summarizeCompliance(entries, today).at(-1)?.label).toBe('红色星期六');
  });

  it('leaves out periods outside the report, keeping the year that contains since', () => {
    expect(summarizeCompliance(entries, '2026-06-30').map((s) => s.kind)).toEqual([
      'life_meeting',
      'member_review',
    ]);
  });
});
