import { describe, expect, it } from 'vitest';
import { checkDuesQuoteInput, explainDues, quoteDues } from './quote';
import { DUES_2008 } from './rule-sets';

const employed = (monthlyIncomeFen: number) =>
  quoteDues({ personKind: 'employed', monthlyIncomeFen }).amountFen;
const retired = (monthlyIncomeFen: number) =>
  quoteDues({ personKind: 'retired', monthlyIncomeFen }).amountFen;

describe('quoteDues: employed brackets at both sides of each bound (dues.md F1, F16)', () => {
  it('charges 0.5% at exactly 3000.00 元', () => {
    expect(employed(300000)).toBe(1500);
  });

  it('charges 1% from 3000.01 元', () => {
    expect(employed(300001)).toBe(3000);
  });

  it('charges 1% at exactly 5000.00 元', () => {
    expect(employed(500000)).toBe(5000);
  });

  it('charges 1.5% from 5000.01 元', () => {
    // 500001 × 150 / 10000 = 7500.015 → 7500
    expect(employed(500001)).toBe(7500);
  });

  it('charges 1.5% at exactly 10000.00 元', () => {
    expect(employed(1000000)).toBe(15000);
  });

  it('charges 2% from 10000.01 元', () => {
    expect(employed(1000001)).toBe(20000);
  });

  it('charges nothing on a zero income', () => {
    expect(employed(0)).toBe(0);
  });
});

describe('quoteDues: retired brackets at both sides of the bound (dues.md F2)', () => {
  it('charges 0.5% at exactly 5000.00 元', () => {
    expect(retired(500000)).toBe(2500);
  });

  it('charges 1% from 5000.01 元', () => {
    expect(retired(500001)).toBe(5000);
  });
});

describe('quoteDues: the worked examples of dues.md', () => {
  it.each([
    [300000, 1500],
    [300001, 3000],
    [444450, 4445],
    [500000, 5000],
    [1000000, 15000],
    [1000001, 20000],
    [1234567, 24691],
  ])('gives an employed member with %i fen %i fen', (income, due) => {
    expect(employed(income)).toBe(due);
  });

  it('rounds 4444.50 元 × 1% half up to 44.45 元', () => {
    expect(employed(444450)).toBe(4445);
  });

  it('rounds 4444.50 元 × 1% to 44.44 元 under a half-even rule set (F15)', () => {
    const ruleSet = { ...DUES_2008, rounding: 'half_even' as const };
    expect(quoteDues({ personKind: 'employed', monthlyIncomeFen: 444450, ruleSet }).amountFen).toBe(4444);
  });

  it.each([
    [500000, 2500],
    [500001, 5000],
  ])('gives a retired member with %i fen %i fen', (income, due) => {
    expect(retired(income)).toBe(due);
  });

  it('gives a student 0.20 元', () => {
    expect(quoteDues({ personKind: 'student', monthlyIncomeFen: 0 })).toEqual({ amountFen: 20 });
  });

  it('gives a farmer the branch setting of 0.50 元', () => {
    expect(quoteDues({ personKind: 'farmer', monthlyIncomeFen: 0, fixedAmountFen: 50 })).toEqual({
      amountFen: 50,
    });
  });
});

describe('quoteDues: fixed amounts (dues.md F5, F6)', () => {
  it('gives an unemployed member 20 fen whatever the income', () => {
    expect(quoteDues({ personKind: 'unemployed', monthlyIncomeFen: 900000 }).amountFen).toBe(20);
  });

  it('ignores a negative income for a fixed-amount kind', () => {
    expect(quoteDues({ personKind: 'student', monthlyIncomeFen: -5 }).amountFen).toBe(20);
  });

  it('gives a farmer 20 fen when the branch has set nothing', () => {
    expect(quoteDues({ personKind: 'farmer', monthlyIncomeFen: 500000 }).amountFen).toBe(20);
  });

  it('accepts a farmer amount of exactly 20 fen', () => {
    expect(quoteDues({ personKind: 'farmer', monthlyIncomeFen: 0, fixedAmountFen: 20 }).amountFen).toBe(20);
  });

  it('accepts a farmer amount of exactly 100 fen', () => {
    expect(quoteDues({ personKind: 'farmer', monthlyIncomeFen: 0, fixedAmountFen: 100 }).amountFen).toBe(100);
  });

  it('refuses a farmer amount of 19 fen', () => {
    expect(() => quoteDues({ personKind: 'farmer', monthlyIncomeFen: 0, fixedAmountFen: 19 })).toThrow(
      RangeError,
    );
  });

  it('refuses a farmer amount of 101 fen', () => {
    expect(() => quoteDues({ personKind: 'farmer', monthlyIncomeFen: 0, fixedAmountFen: 101 })).toThrow(
      RangeError,
    );
  });

  it('ignores a fixed amount passed for an employed member', () => {
    expect(
      quoteDues({ personKind: 'employed', monthlyIncomeFen: 300000, fixedAmountFen: 100 }).amountFen,
    ).toBe(1500);
  });
});

describe('quoteDues: others use the employed brackets (dues.md F4)', () => {
  it('charges 1% on an average of 4000.00 元', () => {
    expect(quoteDues({ personKind: 'other', monthlyIncomeFen: 400000 }).amountFen).toBe(4000);
  });
});

describe('quoteDues: bad input', () => {
  it('throws a RangeError on a negative income', () => {
    expect(() => employed(-1)).toThrow(RangeError);
  });

  it('throws a RangeError on a fractional income', () => {
    expect(() => employed(3000.5)).toThrow(RangeError);
  });

  it('throws a RangeError when a retired member has no pension amount', () => {
    expect(() => quoteDues({ personKind: 'retired', monthlyIncomeFen: null })).toThrow(RangeError);
  });
});

describe('checkDuesQuoteInput', () => {
  it('accepts a valid employed income', () => {
    expect(checkDuesQuoteInput({ personKind: 'employed', monthlyIncomeFen: 300001 })).toEqual([]);
  });

  it('names F14 for a fractional income', () => {
    expect(checkDuesQuoteInput({ personKind: 'employed', monthlyIncomeFen: 1.5 })).toEqual([
      { rule: 'dues.md F14', field: 'monthlyIncomeFen', message: '月收入应为整数（单位：分）' },
    ]);
  });

  it('names the kind rule for a negative pension', () => {
    expect(checkDuesQuoteInput({ personKind: 'retired', monthlyIncomeFen: -100 })).toEqual([
      { rule: 'dues.md F2', field: 'monthlyIncomeFen', message: '月收入不能为负数' },
    ]);
  });

  it('names F5 and the range for a farmer amount outside it', () => {
    const [v] = checkDuesQuoteInput({ personKind: 'farmer', monthlyIncomeFen: 0, fixedAmountFen: 101 });
    expect(v).toMatchObject({ rule: 'dues.md F5', field: 'fixedAmountFen' });
    expect(v?.message).toContain('0.20 元–1.00 元');
  });

  it('refuses an unknown person kind', () => {
    const input = JSON.parse('{"personKind":"soldier","monthlyIncomeFen":100}') as Parameters<
      typeof checkDuesQuoteInput
    >[0];
    expect(checkDuesQuoteInput(input)[0]?.field).toBe('personKind');
  });
});

describe('explainDues', () => {
  it('shows the base, the rate and the rule', () => {
    expect(explainDues({ personKind: 'employed', monthlyIncomeFen: 444450 })).toEqual({
      amountFen: 4445,
      basis: 'bracket',
      bp: 100,
      baseFen: 444450,
      rule: 'dues.md F1',
      ruleSetId: 'dues-2008',
    });
  });
});
