import { describe, expect, it } from 'vitest';
import { partyAge } from './party-age';
import { DEFAULT_SENIORITY_RULE, seniorityReward, seniorityRuleSchema, serviceYears } from './seniority';

const facts = (conversionDate: string | null, from?: string, priorServiceYears = 0) => ({
  conversionDate,
  posts: from ? [{ from, to: null }] : [],
  priorServiceYears,
});

describe('party age (D20: from the conversion date)', () => {
  it('completes a year on the anniversary and not the day before', () => {
    expect(partyAge('2000-07-01', '2010-07-01')).toBe(10);
    expect(partyAge('2000-07-01', '2010-06-30')).toBe(9);
  });

  it('is null before conversion', () => {
    expect(partyAge(null, '2010-07-01')).toBeNull();
    expect(partyAge('2011-01-01', '2010-07-01')).toBeNull();
  });
});

describe('years of service', () => {
  it('counts overlapping posts once', () => {
    const posts = [
      { from: '2010-01-01', to: '2016-01-01' },
      { from: '2014-01-01', to: '2020-01-01' },
    ];
    expect(serviceYears(posts, '2025-12-31')).toBe(10);
  });

  it('adds the remainders of separate stretches in blocks of 365 days', () => {
    const posts = [
      { from: '2010-01-01', to: '2010-07-02' },
      { from: '2012-01-01', to: '2012-07-02' },
    ];
    expect(serviceYears(posts, '2025-12-31')).toBe(1);
    expect(serviceYears(posts.slice(0, 1), '2025-12-31')).toBe(0);
  });
});

describe('the default seniority rule at its tier bounds (taken on 31 December)', () => {
  it('gives nothing at 4 years of service and the first tier at 5', () => {
    expect(seniorityReward(facts('1990-01-01', '2021-01-01'), DEFAULT_SENIORITY_RULE, 2025)).toBeNull();
    expect(seniorityReward(facts('1990-01-01', '2020-12-31'), DEFAULT_SENIORITY_RULE, 2025)).toMatchObject({
      tierLabel: '村干部任职满5年',
      amountFen: 60_000,
      serviceYears: 5,
    });
  });

  it('moves to the next tier at 10 years, counting years served before the record', () => {
    const result = seniorityReward(facts('1990-01-01', '2020-12-31', 5), DEFAULT_SENIORITY_RULE, 2025);
    expect(result).toMatchObject({ tierLabel: '村干部任职满10年', amountFen: 120_000, serviceYears: 10 });
  });

  it('reaches the party-age tier at 50 years and not at 49', () => {
    expect(seniorityReward(facts('1976-01-01'), DEFAULT_SENIORITY_RULE, 2025)).toBeNull();
    expect(seniorityReward(facts('1975-12-31'), DEFAULT_SENIORITY_RULE, 2025)).toMatchObject({
      tierLabel: '党龄满50年',
      amountFen: 100_000,
      partyAge: 50,
    });
  });

  it('gives the highest amount of the tiers reached, not their sum', () => {
    const result = seniorityReward(facts('1970-01-01', '2000-01-01'), DEFAULT_SENIORITY_RULE, 2025);
    expect(result).toMatchObject({ tierLabel: '村干部任职满20年', amountFen: 240_000 });
  });

  it('needs both bounds when a tier names both', () => {
    const rule = {
      tiers: [{ label: '老支书', minPartyAge: 30, minServiceYears: 10, amountFen: 50_000 }],
    };
    expect(seniorityReward(facts('1996-01-01', '2010-01-01'), rule, 2025)).toBeNull();
    expect(seniorityReward(facts('1995-12-31', '2010-01-01'), rule, 2025)).toMatchObject({
      amountFen: 50_000,
    });
  });
});

describe('a settable rule', () => {
  it('refuses a tier without either bound, naming the field', () => {
    const parsed = seniorityRuleSchema.safeParse({
      tiers: [{ label: '空档', minPartyAge: null, minServiceYears: null, amountFen: 100 }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['tiers', 0, 'minPartyAge'] });
  });

  it('refuses an amount that is not whole fen', () => {
    const parsed = seniorityRuleSchema.safeParse({
      tiers: [{ label: '档', minPartyAge: 10, minServiceYears: null, amountFen: 10.5 }],
    });
    expect(parsed.error?.issues[0]?.message).toBe('每年金额应为整数分');
  });
});
