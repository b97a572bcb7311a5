import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../shared/workdays';
import { evaluateStep, nextSteps, probationEnd, type EvaluationContext, type RecordedStep } from './evaluate';
import { CPC_DEV_2014, CPC_DEV_2026_REPORTED } from './rule-sets';

const ctx: EvaluationContext = { today: '2026-11-23', birthDate: '1990-05-10' };
const full = (name: string, since = '2010-07-01') => ({
  personId: name.length,
  name,
  fullMemberSince: since,
});
const passedVote = { entitled: 10, present: 8, yes: 7, no: 1, abstain: 0 };

/** A history up to and including the given step, on plausible dates. */
function journey(until: string): RecordedStep[] {
  const steps: RecordedStep[] = [
    { step: 'application_submitted', date: '2022-03-01' },
    { step: 'first_talk', date: '2022-03-20' },
    { step: 'activist_designated', date: '2022-06-15' },
    { step: 'activist_filed', date: '2022-06-20' },
    {
      step: 'sponsors_assigned',
      date: '2022-06-20',
      data: { participants: [{ ...full('甲'), role: 'sponsor' }] },
    },
    { step: 'cultivation_assessed', date: '2022-12-15' },
    { step: 'candidate_designated', date: '2023-06-15' },
    { step: 'candidate_filed', date: '2023-06-20' },
    {
      step: 'introducers_assigned',
      date: '2023-06-20',
      data: {
        participants: [
          { ...full('甲'), role: 'introducer' },
          { ...full('乙'), role: 'introducer' },
        ],
      },
    },
    { step: 'political_review', date: '2023-07-10', data: { result: 'pass' } },
    { step: 'training_completed', date: '2023-07-20', data: { training: { days: 3 } } },
    { step: 'committee_review', date: '2023-08-01', data: { result: 'pass' } },
    { step: 'pre_review', date: '2023-08-10', data: { result: 'pass' } },
    { step: 'admission_form', date: '2023-08-15' },
    { step: 'admission_meeting', date: '2023-09-01', data: { vote: passedVote } },
    { step: 'approval_talk', date: '2023-09-10' },
    { step: 'admission_approved', date: '2023-10-01', data: { approverMayApprove: true } },
    { step: 'admission_filed', date: '2023-10-10' },
    { step: 'placed', date: '2023-10-10' },
    { step: 'oath', date: '2023-10-15' },
    { step: 'probation_assessed', date: '2024-03-01' },
    { step: 'conversion_applied', date: '2024-08-20' },
    { step: 'conversion_meeting', date: '2024-09-03', data: { vote: passedVote } },
    { step: 'conversion_approved', date: '2024-10-08', data: { approverMayApprove: true } },
    { step: 'archived', date: '2024-10-20' },
  ];
  const index = steps.findIndex((s) => s.step === until);
  return steps.slice(0, index + 1);
}

function before(step: string): RecordedStep[] {
  return journey(step).slice(0, -1);
}

function check(
  history: RecordedStep[],
  step: RecordedStep['step'],
  date: string,
  data?: RecordedStep['data'],
  context = ctx,
) {
  return evaluateStep(history, { step, date, data }, context);
}

describe('the whole 25-step journey', () => {
  it('allows every step on its date, in order', () => {
    const all = journey('archived');
    all.forEach((record, i) => {
      const result = check(all.slice(0, i), record.step, record.date, record.data);
      expect({ step: record.step, violations: result.violations }).toEqual({
        step: record.step,
        violations: [],
      });
    });
  });
});

describe('D1 age on the application date', () => {
  it.each([
    ['2008-05-09', false],
    ['2008-05-10', true],
    ['2008-05-11', true],
  ])('an applicant born 1990-05-10 applying on %s when 18 is reached 2008-05-10', (date, allowed) => {
    const result = check([], 'application_submitted', date);
    expect(result.allowed).toBe(allowed);
    if (!allowed)
      expect(result).toMatchObject({
        allowedFrom: '2008-05-10',
        violations: [{ rule: 'development.md D1' }],
      });
  });
});

describe('D2 first talk within a month', () => {
  const history: RecordedStep[] = [{ step: 'application_submitted', date: '2024-01-31' }];
  it.each([
    ['2024-02-28', 0],
    ['2024-02-29', 0],
    ['2024-03-01', 1],
  ])('on %s gives %i warnings (deadline 2024-02-29)', (date, warnings) => {
    const result = check(history, 'first_talk', date);
    expect(result.allowed).toBe(true);
    expect(result.warnings).toHaveLength(warnings);
  });
});

describe('D6 a candidate a full year after the activist decision', () => {
  it.each([
    ['2023-06-14', false],
    ['2023-06-15', true],
    ['2023-06-16', true],
  ])('on %s (activist since 2022-06-15)', (date, allowed) => {
    const result = check(before('candidate_designated'), 'candidate_designated', date);
    expect(result.allowed).toBe(allowed);
    if (!allowed) {
      expect(result.violations).toEqual([
        expect.objectContaining({ rule: 'development.md D6', allowedFrom: '2023-06-15' }),
      ]);
      expect(result.allowedFrom).toBe('2023-06-15');
    }
  });
});

describe('D14 approval within three months, six with a reason', () => {
  const history = before('admission_approved');
  const approve = { approverMayApprove: true };
  it.each([
    ['2023-11-30', undefined, true],
    ['2023-12-01', undefined, true],
    ['2023-12-02', undefined, false],
    ['2023-12-02', '党委换届', true],
    ['2024-03-01', '党委换届', true],
    ['2024-03-02', '党委换届', false],
  ])('on %s with reason %s', (date, reason, allowed) => {
    const result = check(history, 'admission_approved', date, { ...approve, extensionReason: reason });
    expect(result.allowed).toBe(allowed);
    if (!allowed) expect(result.violations[0]?.rule).toBe('development.md D14');
  });

  it('refuses an org without the power to approve', () => {
    const result = check(history, 'admission_approved', '2023-10-01', { approverMayApprove: false });
    expect(result.violations).toEqual([
      expect.objectContaining({ rule: 'development.md D14', field: 'orgId' }),
    ]);
  });
});

describe('D16, D17 probation and the conversion application', () => {
  it('ends a year after the admission meeting, 29 February on 28 February', () => {
    const history = before('admission_approved').map((r) =>
      r.step === 'admission_meeting' ? { ...r, date: '2024-02-29' } : r,
    );
    history.push(
      { step: 'approval_talk', date: '2024-03-01' },
      { step: 'admission_approved', date: '2024-03-10', data: { approverMayApprove: true } },
    );
    expect(probationEnd(history, CPC_DEV_2014)).toBe('2025-02-28');
  });

  it.each([
    ['2024-07-31', false],
    ['2024-08-01', true],
    ['2024-08-02', true],
  ])('allows the application from a month before the end (end 2024-09-01): %s', (date, allowed) => {
    const result = check(before('conversion_applied'), 'conversion_applied', date);
    expect(result.allowed).toBe(allowed);
    if (!allowed)
      expect(result).toMatchObject({
        allowedFrom: '2024-08-01',
        violations: [{ rule: 'development.md D17' }],
      });
  });

  it.each([
    ['2024-12-02', true],
    ['2024-12-03', true],
    ['2024-12-04', false],
  ])('wants the conversion approved within three months of the meeting (2024-09-03): %s', (date, allowed) => {
    const result = check(before('conversion_approved'), 'conversion_approved', date, {
      approverMayApprove: true,
    });
    expect(result.allowed).toBe(allowed);
  });
});

describe('D18 extension of probation', () => {
  const history = before('conversion_approved');
  it.each([
    [5, false],
    [6, true],
    [12, true],
    [13, false],
  ])('of %i months', (months, allowed) => {
    expect(check(history, 'probation_extended', '2024-09-10', { months }).allowed).toBe(allowed);
  });

  it('happens once only and moves the end of probation', () => {
    const extended = [
      ...history,
      { step: 'probation_extended' as const, date: '2024-09-10', data: { months: 6 } },
    ];
    expect(probationEnd(extended, CPC_DEV_2014)).toBe('2025-03-01');
    expect(check(extended, 'probation_extended', '2024-09-20', { months: 6 }).violations[0]?.message).toBe(
      '预备期只能延长一次',
    );
  });
});

describe('D21 order and dates', () => {
  it('refuses a step out of order, naming the missing one', () => {
    const result = check(
      [{ step: 'application_submitted', date: '2024-01-01' }],
      'activist_designated',
      '2024-03-01',
    );
    expect(result.violations).toEqual([
      expect.objectContaining({ rule: 'development.md D3', message: '须先完成“派人谈话”' }),
    ]);
  });

  it('refuses a date before the previous step', () => {
    const result = check(before('first_talk'), 'first_talk', '2022-02-28');
    expect(result.violations).toEqual([
      expect.objectContaining({ rule: 'development.md D21', allowedFrom: '2022-03-01' }),
    ]);
  });

  it('refuses a date in the future', () => {
    expect(check([], 'application_submitted', '2026-11-24').violations[0]?.rule).toBe('development.md D21');
  });

  it('refuses a step recorded twice, but allows another vote after a failed one', () => {
    expect(check(journey('first_talk'), 'first_talk', '2022-04-01').allowed).toBe(false);
    const failed = [
      ...before('admission_meeting'),
      { step: 'admission_meeting' as const, date: '2023-09-01', data: { vote: { ...passedVote, yes: 4 } } },
    ];
    expect(check(failed, 'approval_talk', '2023-09-10').allowed).toBe(false);
    expect(check(failed, 'admission_meeting', '2023-10-01', { vote: passedVote }).allowed).toBe(true);
  });
});

describe('participants (D4, D7)', () => {
  it('must be full members on the date', () => {
    const result = check(before('sponsors_assigned'), 'sponsors_assigned', '2022-06-20', {
      participants: [{ ...full('丙', '2022-07-01'), role: 'sponsor' }],
    });
    expect(result.violations).toEqual([
      expect.objectContaining({
        rule: 'development.md D4',
        message: '培养联系人丙在 2022-06-20 不是正式党员',
      }),
    ]);
  });

  it('are exactly two introducers', () => {
    const result = check(before('introducers_assigned'), 'introducers_assigned', '2023-06-20', {
      participants: [{ ...full('甲'), role: 'introducer' }],
    });
    expect(result.violations[0]?.rule).toBe('development.md D7');
  });
});

describe('reviews and training (D8, D9)', () => {
  it('block the committee review after a failed political review', () => {
    const history = before('committee_review').map((r) =>
      r.step === 'political_review' ? { ...r, data: { result: 'fail' as const } } : r,
    );
    expect(check(history, 'committee_review', '2023-08-01').violations.map((v) => v.rule)).toContain(
      'development.md D8',
    );
  });

  it.each([
    [{ days: 2, hours: 23 }, false],
    [{ days: 3 }, true],
    [{ hours: 24 }, true],
  ])('want three days or 24 hours of training: %j', (training, allowed) => {
    expect(
      check(before('training_completed'), 'training_completed', '2023-07-20', { training }).allowed,
    ).toBe(allowed);
  });
});

describe('rule sets as data', () => {
  // The reported revision, switched on and dated back so the national holiday of October 2025 is inside.
  const revision = { ...CPC_DEV_2026_REPORTED, effectiveFrom: '2025-01-01' };
  const withRevision: EvaluationContext = {
    ...ctx,
    ruleSets: [CPC_DEV_2014, revision],
    enabledRuleSets: ['cpc-dev-2014', revision.id],
  };

  it('knows the 2025 National Day holiday and its make-up days', () => {
    expect(isWorkingDay('2025-10-01')).toBe(false);
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(isWorkingDay('2025-10-11')).toBe(true);
  });

  it('follow the set in force on the step date', () => {
    expect(
      check(before('candidate_designated'), 'candidate_designated', '2023-06-15', undefined, withRevision)
        .ruleSetId,
    ).toBe('cpc-dev-2014');
    expect(check([], 'application_submitted', '2025-02-01', undefined, withRevision).ruleSetId).toBe(
      'cpc-dev-2026-reported',
    );
  });

  it('count a public notice in working days across the holiday (D22)', () => {
    const history = before('candidate_designated').map((r) => ({
      ...r,
      date: r.date.replace('2022', '2024').replace('2023', '2025'),
    }));
    const notice = { from: '2025-09-29', to: '2025-10-11', text: '拟确定王某为发展对象，现予公示。' };
    const tooEarly = check(history, 'candidate_designated', '2025-10-11', { notice }, withRevision);
    expect(tooEarly.violations).toEqual([
      expect.objectContaining({ rule: 'development.md D22', allowedFrom: '2025-10-12' }),
    ]);
    expect(check(history, 'candidate_designated', '2025-10-12', { notice }, withRevision).allowed).toBe(true);
    const short = check(
      history,
      'candidate_designated',
      '2025-10-12',
      { notice: { ...notice, to: '2025-10-10' } },
      withRevision,
    );
    expect(short.violations[0]?.message).toBe('公示期不足 5 个工作日：应至少到 2025-10-11');
  });

  it('ask for the text of the public notice, not only its dates (D22)', () => {
    const history = before('candidate_designated').map((r) => ({
      ...r,
      date: r.date.replace('2022', '2024').replace('2023', '2025'),
    }));
    const notice = { from: '2025-09-29', to: '2025-10-11', text: ' ' };
    expect(check(history, 'candidate_designated', '2025-10-12', { notice }, withRevision).violations).toEqual(
      [expect.objectContaining({ rule: 'development.md D22', field: 'notice', message: '须填写公示内容' })],
    );
  });

  it('are off by default when only reported', () => {
    expect(check([], 'application_submitted', '2026-02-01').ruleSetId).toBe('cpc-dev-2014');
  });
});

describe('next steps', () => {
  it('show the candidate step with its earliest date while the year of cultivation runs', () => {
    const next = nextSteps(before('candidate_designated'), { ...ctx, today: '2023-01-10' });
    expect(next.find((s) => s.step === 'candidate_designated')).toMatchObject({ earliestDate: '2023-06-15' });
    expect(next.find((s) => s.step === 'cultivation_assessed')).toMatchObject({ earliestDate: '2023-01-10' });
    expect(next.some((s) => s.step === 'admission_meeting')).toBe(false);
  });
});

describe('conversion after an extended probation (D18)', () => {
  const extended: RecordedStep[] = [
    ...before('conversion_approved'),
    { step: 'probation_extended', date: '2024-09-10', data: { months: 6 } },
  ];

  it('cannot be approved on the strength of the meeting before the extension', () => {
    const result = check(extended, 'conversion_approved', '2024-09-20', { approverMayApprove: true });
    expect(result.violations.map((v) => v.rule)).toContain('development.md D18');
  });

  it('needs a new application near the new end, a new meeting, then approval within three months of it', () => {
    expect(probationEnd(extended, CPC_DEV_2014)).toBe('2025-03-01');
    expect(check(extended, 'conversion_applied', '2025-01-31').allowedFrom).toBe('2025-02-01');
    const applied = [...extended, { step: 'conversion_applied' as const, date: '2025-02-10' }];
    expect(check(extended, 'conversion_meeting', '2025-02-20', { vote: passedVote }).allowed).toBe(false);
    expect(check(applied, 'conversion_meeting', '2025-03-03', { vote: passedVote }).violations).toEqual([]);
    const met = [
      ...applied,
      { step: 'conversion_meeting' as const, date: '2025-03-03', data: { vote: passedVote } },
    ];
    expect(check(met, 'conversion_approved', '2025-03-10', { approverMayApprove: true }).violations).toEqual(
      [],
    );
  });
});

describe("the reported revision's deadlines (D23, D24)", () => {
  // Dates moved two years on, so every step falls under the revision once it is switched on.
  const revision = { ...CPC_DEV_2026_REPORTED, effectiveFrom: '2025-01-01' };
  const withRevision: EvaluationContext = {
    ...ctx,
    ruleSets: [CPC_DEV_2014, revision],
    enabledRuleSets: ['cpc-dev-2014', revision.id],
  };
  const shift = (history: RecordedStep[]) =>
    history.map((r) => ({ ...r, date: r.date.replace('2023', '2025').replace('2022', '2024') }));
  const meetingData = {
    vote: passedVote,
    notice: { from: '2025-08-11', to: '2025-08-18', text: '拟接收王某为预备党员，现予公示。' },
  };

  it.each([
    ['2025-09-09', true],
    ['2025-09-10', true],
    ['2025-09-11', false],
  ])('holds the general meeting within a month of the pre-review (D23): %s', (date, allowed) => {
    const result = check(
      shift(before('admission_meeting')),
      'admission_meeting',
      date,
      meetingData,
      withRevision,
    );
    expect(result.allowed).toBe(allowed);
    if (!allowed) {
      expect(result.violations).toEqual([
        expect.objectContaining({ rule: 'development.md D23', field: 'date' }),
      ]);
    }
  });

  it.each([
    ['2025-10-31', false],
    ['2025-11-01', false],
    ['2025-11-02', true],
  ])('warns when the oath comes more than a month after approval (D24): %s', (date, warned) => {
    const result = check(shift(before('oath')), 'oath', date, undefined, {
      ...withRevision,
      today: '2026-11-23',
    });
    expect(result.allowed).toBe(true);
    expect(result.warnings.some((w) => w.rule === 'development.md D24')).toBe(warned);
  });

  it('has no such deadlines in the 2014 set', () => {
    expect(check(before('oath'), 'oath', '2024-06-01').warnings).toEqual([]);
  });
});

describe('D19 cancelling probation', () => {
  const history = before('probation_assessed');
  const approved = { approverMayApprove: true, reason: '严重违反党的纪律' };

  it('is allowed during probation with the approving committee and a reason', () => {
    expect(check(history, 'probation_cancelled', '2024-05-01', approved).allowed).toBe(true);
  });

  it('needs a committee with the power to approve', () => {
    expect(
      check(history, 'probation_cancelled', '2024-05-01', { ...approved, approverMayApprove: false })
        .violations,
    ).toEqual([expect.objectContaining({ rule: 'development.md D19', field: 'orgId' })]);
  });

  it('needs a written reason', () => {
    expect(
      check(history, 'probation_cancelled', '2024-05-01', { approverMayApprove: true }).violations,
    ).toEqual([expect.objectContaining({ rule: 'development.md D19', field: 'reason' })]);
  });

  it('ends the process: no step may follow', () => {
    const cancelled = [
      ...history,
      { step: 'probation_cancelled' as const, date: '2024-05-01', data: approved },
    ];
    expect(check(cancelled, 'conversion_applied', '2024-08-20').violations).toContainEqual(
      expect.objectContaining({ rule: 'development.md D19' }),
    );
  });
});
