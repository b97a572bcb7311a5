import { describe, expect, it } from 'vitest';
import {
  amountDueFor,
  baseFor,
  checkDuesBase,
  checkHardship,
  exemptMonthsOf,
  type DuesBase,
  type DuesHardship,
} from './base';
import { DUES_2008 } from './rule-sets';

const employedBase = (effectiveFromMonth: string, monthlyIncomeFen: number): DuesBase => ({
  year: Number(effectiveFromMonth.slice(0, 4)),
  personKind: 'employed',
  monthlyIncomeFen,
  fixedAmountFen: null,
  effectiveFromMonth,
});

const hardship = (
  fromMonth: string,
  toMonth: string,
  reducedAmountFen: number,
  decidedOn = '2026-01-10',
): DuesHardship => ({
  fromMonth,
  toMonth,
  reducedAmountFen,
  decidedOn,
  approvedByOrgName: '某某镇党委',
});

describe('baseFor (dues.md F10)', () => {
  const bases = [employedBase('2026-01', 300000), employedBase('2026-07', 500000)];

  it('uses the yearly base before a pay change', () => {
    expect(baseFor('2026-06', bases)?.monthlyIncomeFen).toBe(300000);
  });

  it('uses the new base from the month the new pay is first received', () => {
    expect(baseFor('2026-07', bases)?.monthlyIncomeFen).toBe(500000);
  });

  it('has no base before the first one', () => {
    expect(baseFor('2025-12', bases)).toBeNull();
  });

  it('lets the later-recorded of two bases for the same month win', () => {
    expect(
      baseFor('2026-02', [employedBase('2026-01', 300000), employedBase('2026-01', 310000)])
        ?.monthlyIncomeFen,
    ).toBe(310000);
  });
});

describe('amountDueFor', () => {
  const bases = [employedBase('2026-01', 300001)];

  it('quotes the base in effect', () => {
    expect(amountDueFor('2026-03', bases)?.amountFen).toBe(3000);
  });

  it('is null without a base', () => {
    expect(amountDueFor('2025-12', bases)).toBeNull();
  });

  it('lowers the amount for a month a hardship decision covers (dues.md F7)', () => {
    const due = amountDueFor('2026-03', bases, [hardship('2026-03', '2026-04', 500)]);
    expect(due).toMatchObject({ amountFen: 500, quotedFen: 3000 });
  });

  it('is 0 in an exempt month', () => {
    expect(amountDueFor('2026-04', bases, [hardship('2026-03', '2026-04', 0)])?.amountFen).toBe(0);
  });

  it('never raises the amount through a hardship decision', () => {
    expect(amountDueFor('2026-03', bases, [hardship('2026-03', '2026-03', 9000)])?.amountFen).toBe(3000);
  });

  it('follows the rounding of the rule set passed', () => {
    const halfEven = { ...DUES_2008, rounding: 'half_even' as const };
    expect(amountDueFor('2026-03', [employedBase('2026-01', 444450)], [], halfEven)?.amountFen).toBe(4444);
  });

  it('gives a farmer the branch amount', () => {
    const farmer: DuesBase = {
      year: 2026,
      personKind: 'farmer',
      monthlyIncomeFen: null,
      fixedAmountFen: 60,
      effectiveFromMonth: '2026-01',
    };
    expect(amountDueFor('2026-05', [farmer])?.amountFen).toBe(60);
  });
});

describe('exemptMonthsOf', () => {
  it('lists the months a decision reduces to 0', () => {
    expect(exemptMonthsOf([hardship('2026-03', '2026-04', 0), hardship('2026-06', '2026-06', 500)])).toEqual([
      '2026-03',
      '2026-04',
    ]);
  });

  it('drops a month a later decision sets to an amount', () => {
    const decisions = [
      hardship('2026-03', '2026-04', 0, '2026-01-10'),
      hardship('2026-04', '2026-04', 500, '2026-03-01'),
    ];
    expect(exemptMonthsOf(decisions)).toEqual(['2026-03']);
  });
});

describe('checkDuesBase', () => {
  it('accepts a valid employed base', () => {
    expect(checkDuesBase(employedBase('2026-01', 300000))).toEqual([]);
  });

  it('refuses an effective month outside the year (dues.md F10)', () => {
    expect(checkDuesBase({ ...employedBase('2026-01', 300000), year: 2025 })[0]?.rule).toBe('dues.md F10');
  });

  it('refuses a fixed amount for a member who is not a farmer (dues.md F5)', () => {
    expect(checkDuesBase({ ...employedBase('2026-01', 300000), fixedAmountFen: 50 })[0]?.rule).toBe(
      'dues.md F5',
    );
  });

  it('refuses an employed base without income', () => {
    expect(checkDuesBase({ ...employedBase('2026-01', 0), monthlyIncomeFen: null })[0]?.field).toBe(
      'monthlyIncomeFen',
    );
  });
});

describe('checkHardship', () => {
  it('accepts a valid decision', () => {
    expect(checkHardship(hardship('2026-03', '2026-05', 0))).toEqual([]);
  });

  it('refuses an end before the start', () => {
    expect(checkHardship(hardship('2026-05', '2026-03', 0))[0]?.field).toBe('toMonth');
  });

  it('refuses a decision without the approving committee', () => {
    expect(checkHardship({ ...hardship('2026-03', '2026-05', 0), approvedByOrgName: ' ' })[0]?.field).toBe(
      'approvedByOrgName',
    );
  });
});
