import { describe, expect, it } from 'vitest';
import {
  checkStandingChange,
  deriveStanding,
  isCountedStanding,
  restorationDeadline,
  standingChangeInputSchema,
  type StandingState,
} from './standing';

const TODAY = '2026-06-15';
const active: StandingState = { stage: 'full', standing: 'active', lastChangeOn: null };
const suspended: StandingState = {
  stage: 'full',
  standing: 'suspended',
  lastChangeOn: '2024-03-10',
  suspendedOn: '2024-03-10',
};

describe('the standing derived from events', () => {
  it('is active with no date when nothing has happened', () => {
    expect(deriveStanding([])).toEqual({ standing: 'active', since: null, suspendedOn: null });
  });

  it('is the standing of the latest event, in date order whatever the list order', () => {
    const derived = deriveStanding([
      { id: 2, change: 'removed', occurredOn: '2026-03-10' },
      { id: 1, change: 'suspended_standing', occurredOn: '2024-03-10' },
    ]);
    expect(derived).toEqual({ standing: 'removed', since: '2026-03-10', suspendedOn: null });
  });

  it('orders events of the same day by id', () => {
    const derived = deriveStanding([
      { id: 8, change: 'restored', occurredOn: '2025-01-01' },
      { id: 7, change: 'suspended_standing', occurredOn: '2025-01-01' },
    ]);
    expect(derived.standing).toBe('active');
  });

  it('gives the suspension date while suspended', () => {
    const derived = deriveStanding([{ id: 1, change: 'suspended_standing', occurredOn: '2024-03-10' }]);
    expect(derived).toEqual({ standing: 'suspended', since: '2024-03-10', suspendedOn: '2024-03-10' });
  });

  it('is active again after restoration, since the restoration date', () => {
    const derived = deriveStanding([
      { id: 1, change: 'suspended_standing', occurredOn: '2024-03-10' },
      { id: 2, change: 'restored', occurredOn: '2025-02-01' },
    ]);
    expect(derived).toEqual({ standing: 'active', since: '2025-02-01', suspendedOn: null });
  });
});

describe('who is counted as a member (T14)', () => {
  it('counts only active standing', () => {
    expect(isCountedStanding('active')).toBe(true);
    expect(isCountedStanding('suspended')).toBe(false);
    expect(isCountedStanding('deceased')).toBe(false);
  });
});

describe('a standing change', () => {
  it('is allowed for an active member with a decision reference', () => {
    expect(
      checkStandingChange(
        active,
        { change: 'withdrawn', date: TODAY, decisionRef: '党支〔2026〕3号' },
        TODAY,
      ),
    ).toEqual([]);
  });

  it('is refused for a person who is not a member', () => {
    const violations = checkStandingChange(
      { stage: 'candidate', standing: 'active', lastChangeOn: null },
      { change: 'deceased', date: TODAY },
      TODAY,
    );
    expect(violations).toEqual([expect.objectContaining({ rule: 'transfers.md T15', field: 'change' })]);
    expect(violations[0]!.message).toContain('不是党员');
  });

  it('is refused after a final standing, pointing to a new application', () => {
    const violations = checkStandingChange(
      { stage: 'full', standing: 'expelled', lastChangeOn: '2025-01-01' },
      { change: 'restored', date: TODAY, decisionRef: 'x' },
      TODAY,
    );
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message).toContain('重新入党须从递交入党申请书开始');
  });

  it('is refused after death without mentioning re-joining', () => {
    const violations = checkStandingChange(
      { stage: 'full', standing: 'deceased', lastChangeOn: '2025-01-01' },
      { change: 'removed', date: TODAY, decisionRef: 'x', approvingOrgName: 'y' },
      TODAY,
    );
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message).not.toContain('重新入党');
  });

  it('cancels probation only for a probationary member (development.md D19)', () => {
    const violations = checkStandingChange(
      active,
      { change: 'probation_cancelled', date: TODAY, decisionRef: 'x', approvingOrgName: 'y' },
      TODAY,
    );
    expect(violations).toEqual([expect.objectContaining({ rule: 'development.md D19' })]);
  });

  it('cancels probation of a probationary member with decision and approval', () => {
    const violations = checkStandingChange(
      { stage: 'probationary', standing: 'active', lastChangeOn: null },
      { change: 'probation_cancelled', date: TODAY, decisionRef: 'x', approvingOrgName: '某镇党委' },
      TODAY,
    );
    expect(violations).toEqual([]);
  });

  it('does not suspend a member who is already suspended', () => {
    const violations = checkStandingChange(
      suspended,
      { change: 'suspended_standing', date: TODAY, decisionRef: 'x' },
      TODAY,
    );
    expect(violations).toEqual([expect.objectContaining({ rule: 'transfers.md T10' })]);
  });

  it('restores only a suspended member', () => {
    const violations = checkStandingChange(
      active,
      { change: 'restored', date: TODAY, decisionRef: 'x' },
      TODAY,
    );
    expect(violations).toEqual([expect.objectContaining({ rule: 'transfers.md T12', field: 'change' })]);
  });

  it('cannot lie in the future', () => {
    const violations = checkStandingChange(active, { change: 'deceased', date: '2026-06-16' }, TODAY);
    expect(violations).toEqual([
      expect.objectContaining({ field: 'date', message: expect.stringContaining('今天') }),
    ]);
  });

  it('cannot come before the last change, and says from when it may', () => {
    const violations = checkStandingChange(
      suspended,
      { change: 'removed', date: '2024-03-09', decisionRef: 'x', approvingOrgName: 'y' },
      TODAY,
    );
    expect(violations).toEqual([expect.objectContaining({ field: 'date', allowedFrom: '2024-03-10' })]);
  });

  it('records a death without a decision reference', () => {
    expect(checkStandingChange(active, { change: 'deceased', date: TODAY }, TODAY)).toEqual([]);
  });

  it('needs a decision reference for every other change', () => {
    const violations = checkStandingChange(
      active,
      { change: 'suspended_standing', date: TODAY, decisionRef: '  ' },
      TODAY,
    );
    expect(violations).toEqual([expect.objectContaining({ field: 'decisionRef', rule: 'transfers.md T15' })]);
  });

  it.each(['expelled', 'persuaded_out', 'removed'] as const)('needs the approving org for %s', (change) => {
    const violations = checkStandingChange(active, { change, date: TODAY, decisionRef: 'x' }, TODAY);
    expect(violations).toEqual([expect.objectContaining({ field: 'approvingOrgName' })]);
  });

  it('does not need an approving org for a withdrawal', () => {
    expect(
      checkStandingChange(active, { change: 'withdrawn', date: TODAY, decisionRef: 'x' }, TODAY),
    ).toEqual([]);
  });
});

describe('restoration within two years of the suspension (T12)', () => {
  const restore = (date: string, state: StandingState = suspended) =>
    checkStandingChange(state, { change: 'restored', date, decisionRef: 'x' }, TODAY);

  it('has its last day the day before the second anniversary', () => {
    expect(restorationDeadline('2024-03-10')).toBe('2026-03-09');
  });

  it('is allowed the day before the deadline', () => {
    expect(restore('2026-03-08')).toEqual([]);
  });

  it('is allowed on the deadline', () => {
    expect(restore('2026-03-09')).toEqual([]);
  });

  it('is refused the day after the deadline (the second anniversary), naming the deadline', () => {
    const violations = restore('2026-03-10');
    expect(violations).toEqual([
      expect.objectContaining({
        rule: 'transfers.md T12',
        field: 'date',
        message: expect.stringContaining('2026-03-09'),
      }),
    ]);
  });

  it('falls back to the last change date when the suspension date is not given', () => {
    const { suspendedOn: _omitted, ...withoutDate } = suspended;
    expect(restore('2026-03-10', withoutDate)).toHaveLength(1);
  });
});

describe('the standing change input', () => {
  it('accepts a change with its papers', () => {
    const parsed = standingChangeInputSchema.parse({
      change: 'expelled',
      date: '2026-05-01',
      decisionRef: ' 纪〔2026〕1号 ',
      approvingOrgName: '某县纪委',
    });
    expect(parsed.decisionRef).toBe('纪〔2026〕1号');
  });

  it('refuses an unknown change in Chinese', () => {
    const result = standingChangeInputSchema.safeParse({ change: 'resigned', date: '2026-05-01' });
    expect(result.error?.issues[0]?.message).toBe('不是有效的党籍异动类别');
  });
});
