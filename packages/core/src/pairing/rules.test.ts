import { describe, expect, it } from 'vitest';
import {
  fundBalanceFen,
  grantViolation,
  pairingEndViolation,
  pairingViolations,
  visitValueViolations,
  visitViolations,
} from './rules';

const today = '2026-06-15';
const consented = { consentedOn: '2026-03-01', closedOn: null };

const pairing = (overrides: Partial<Parameters<typeof pairingViolations>[0]> = {}) =>
  pairingViolations({
    household: consented,
    helperEligible: true,
    startedOn: '2026-03-01',
    today,
    samePairPeriods: [],
    ...overrides,
  });

describe('pairing a household with a helper', () => {
  it('is allowed from the day the household consented', () => {
    expect(pairing()).toEqual([]);
  });

  it('is refused without a consent on record, naming the consent rule', () => {
    expect(pairing({ household: { consentedOn: null, closedOn: null } })).toEqual([
      expect.objectContaining({ rule: 'pairing.consent', field: 'householdId' }),
    ]);
  });

  it('is refused from a day before the consent, allowing it from the consent date', () => {
    expect(pairing({ startedOn: '2026-02-28' })).toEqual([
      expect.objectContaining({ rule: 'pairing.consent', field: 'startedOn', allowedFrom: '2026-03-01' }),
    ]);
  });

  it('is refused for a helper who is neither a member nor a cadre', () => {
    expect(pairing({ helperEligible: false })[0]).toMatchObject({ rule: 'pairing.helper' });
  });

  it('is refused for a closed household', () => {
    expect(pairing({ household: { consentedOn: '2026-03-01', closedOn: '2026-05-01' } })[0]).toMatchObject({
      rule: 'pairing.household_closed',
    });
  });

  it('is refused from a day after today', () => {
    expect(pairing({ startedOn: '2026-06-16' })[0]).toMatchObject({ rule: 'pairing.period' });
  });

  it('is refused while the same helper is still paired with the household', () => {
    const [v] = pairing({ samePairPeriods: [{ startedOn: '2026-03-01', endedOn: null }] });
    expect(v).toMatchObject({ rule: 'pairing.overlap' });
    expect(v!.message).toContain('重复结对');
  });

  it('is allowed again after the same pair ended, from the day after the end', () => {
    const ended = [{ startedOn: '2026-03-01', endedOn: '2026-04-30' }];
    expect(pairing({ samePairPeriods: ended, startedOn: '2026-04-30' })[0]).toMatchObject({
      rule: 'pairing.overlap',
    });
    expect(pairing({ samePairPeriods: ended, startedOn: '2026-05-01' })).toEqual([]);
  });
});

describe('ending a pairing', () => {
  const open = { startedOn: '2026-03-01', endedOn: null };
  it('is allowed between its start and today', () => {
    expect(pairingEndViolation(open, '2026-03-01', today)).toBeNull();
    expect(pairingEndViolation(open, today, today)).toBeNull();
  });
  it('is refused before the start, after today, or a second time', () => {
    expect(pairingEndViolation(open, '2026-02-01', today)?.field).toBe('endedOn');
    expect(pairingEndViolation(open, '2026-06-16', today)?.field).toBe('endedOn');
    expect(pairingEndViolation({ ...open, endedOn: '2026-04-01' }, today, today)?.message).toContain('已于');
  });
});

describe('a visit', () => {
  const periods = [
    { startedOn: '2026-01-01', endedOn: '2026-02-28' },
    { startedOn: '2026-04-01', endedOn: null },
  ];
  const visit = (visitedOn: string, p = periods) =>
    visitViolations({ visitedOn, today, household: consented, periods: p });

  it('is allowed on a day within a pairing period, up to today', () => {
    expect(visit('2026-02-10')).toEqual([]);
    expect(visit(today)).toEqual([]);
  });

  it('to a household the visitor is not paired with is refused, naming the rule', () => {
    expect(visit('2026-05-01', [])).toEqual([
      expect.objectContaining({ rule: 'pairing.visit_paired', field: 'householdId' }),
    ]);
  });

  it('outside every pairing period is refused, naming the periods', () => {
    const [v] = visit('2026-03-15');
    expect(v).toMatchObject({ rule: 'pairing.visit_period', field: 'visitedOn' });
    expect(v!.message).toContain('2026-01-01 至 2026-02-28；2026-04-01 至 今');
  });

  it('dated after today is refused', () => {
    expect(visit('2026-06-16')[0]).toMatchObject({ rule: 'pairing.visit_period', field: 'visitedOn' });
  });

  it('after the household was closed is refused', () => {
    const closed = { consentedOn: '2026-01-01', closedOn: '2026-05-01' };
    expect(visitViolations({ visitedOn: '2026-05-02', today, household: closed, periods })[0]).toMatchObject({
      rule: 'pairing.household_closed',
    });
  });
});

describe('the value a visit gives', () => {
  it('goes with its help kind', () => {
    expect(visitValueViolations({ helpKinds: ['money', 'goods'], moneyFen: 50000, goodsFen: 12000 })).toEqual(
      [],
    );
    expect(visitValueViolations({ helpKinds: ['condolence'], moneyFen: 0, goodsFen: 0 })).toEqual([]);
  });
  it('is required when money or goods help is chosen, naming the amount field', () => {
    expect(visitValueViolations({ helpKinds: ['money'], moneyFen: 0, goodsFen: 0 })).toEqual([
      expect.objectContaining({ rule: 'pairing.visit_value', field: 'moneyFen' }),
    ]);
    expect(visitValueViolations({ helpKinds: ['goods'], moneyFen: 0, goodsFen: 0 })[0]?.field).toBe(
      'goodsFen',
    );
  });
  it('is refused without its help kind, naming the kinds field', () => {
    expect(visitValueViolations({ helpKinds: ['condolence'], moneyFen: 100, goodsFen: 0 })).toEqual([
      expect.objectContaining({ field: 'helpKinds' }),
    ]);
  });
});

describe('the mutual-aid fund', () => {
  const entries = [
    { kind: 'contribution', amountFen: 100000 },
    { kind: 'contribution', amountFen: 50050 },
    { kind: 'grant', amountFen: 30000 },
  ] as const;

  it('has contributions less grants as its balance', () => {
    expect(fundBalanceFen(entries)).toBe(120050);
  });

  it('grants up to the balance', () => {
    expect(grantViolation(120050, 120050)).toBeNull();
  });

  it('refuses a grant over the balance, naming the balance', () => {
    const v = grantViolation(120050, 120051);
    expect(v).toMatchObject({ rule: 'pairing.fund_balance', field: 'amountFen' });
    expect(v!.message).toContain('1200.50 元');
    expect(v!.message).toContain('1200.51 元');
  });
});
