import { describe, expect, it } from 'vitest';
import {
  bulkPaymentInputSchema,
  duesBaseInputSchema,
  hardshipInputSchema,
  paymentInputSchema,
  remittanceInputSchema,
  reversalInputSchema,
} from './schemas';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('duesBaseInputSchema', () => {
  const valid = { personId: 1, year: 2026, monthlyIncomeFen: 300000, effectiveFromMonth: '2026-01' };

  it('accepts a yearly base', () => {
    expect(duesBaseInputSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses a fractional income', () => {
    expect(messages(duesBaseInputSchema.safeParse({ ...valid, monthlyIncomeFen: 3000.5 }))).toEqual([
      '月收入应为整数（单位：分）',
    ]);
  });

  it('refuses a negative income', () => {
    expect(messages(duesBaseInputSchema.safeParse({ ...valid, monthlyIncomeFen: -1 }))).toEqual([
      '月收入不能为负数',
    ]);
  });

  it('refuses a farmer amount of 19 fen and accepts 20', () => {
    expect(duesBaseInputSchema.safeParse({ ...valid, fixedAmountFen: 19 }).success).toBe(false);
    expect(duesBaseInputSchema.safeParse({ ...valid, fixedAmountFen: 20 }).success).toBe(true);
  });

  it('refuses a farmer amount of 101 fen and accepts 100', () => {
    expect(duesBaseInputSchema.safeParse({ ...valid, fixedAmountFen: 101 }).success).toBe(false);
    expect(duesBaseInputSchema.safeParse({ ...valid, fixedAmountFen: 100 }).success).toBe(true);
  });

  it('refuses an effective month outside the year', () => {
    expect(messages(duesBaseInputSchema.safeParse({ ...valid, effectiveFromMonth: '2027-01' }))).toEqual([
      '起算月份应在所核定的年度内',
    ]);
  });
});

describe('hardshipInputSchema', () => {
  const valid = {
    personId: 1,
    fromMonth: '2026-03',
    toMonth: '2026-05',
    reducedAmountFen: 0,
    reason: '患重病，生活困难',
    decidedOn: '2026-03-02',
    approvedByOrgName: '某某镇党委',
  };

  it('accepts an exemption', () => {
    expect(hardshipInputSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses an end month before the start', () => {
    expect(messages(hardshipInputSchema.safeParse({ ...valid, toMonth: '2026-02' }))).toEqual([
      '结束月份不能早于开始月份',
    ]);
  });
});

describe('paymentInputSchema', () => {
  const valid = { personId: 1, months: ['2026-04', '2026-05'], method: 'cash', paidOn: '2026-05-20' };

  it('accepts several months at once', () => {
    expect(paymentInputSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses the same month twice', () => {
    expect(messages(paymentInputSchema.safeParse({ ...valid, months: ['2026-04', '2026-04'] }))).toEqual([
      '同一月份不能重复交纳',
    ]);
  });

  it('refuses more than 24 months', () => {
    const months = Array.from(
      { length: 25 },
      (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    expect(paymentInputSchema.safeParse({ ...valid, months }).success).toBe(false);
  });

  it('refuses an unknown method', () => {
    expect(messages(paymentInputSchema.safeParse({ ...valid, method: 'wechat' }))).toEqual([
      '交纳方式应为现金、银行转账或线上缴纳',
    ]);
  });

  it('refuses an amount in 元 with decimals', () => {
    expect(paymentInputSchema.safeParse({ ...valid, amountFen: 15.5 }).success).toBe(false);
  });
});

describe('bulkPaymentInputSchema', () => {
  it('accepts one month for many members', () => {
    const input = {
      orgId: 3,
      month: '2026-05',
      personIds: [1, 2, 3],
      method: 'online',
      paidOn: '2026-05-20',
    };
    expect(bulkPaymentInputSchema.safeParse(input).success).toBe(true);
  });

  it('refuses an empty member list', () => {
    const input = { orgId: 3, month: '2026-05', personIds: [], method: 'cash', paidOn: '2026-05-20' };
    expect(messages(bulkPaymentInputSchema.safeParse(input))).toEqual(['至少选择一名党员']);
  });
});

describe('reversalInputSchema', () => {
  it('requires a reason', () => {
    expect(messages(reversalInputSchema.safeParse({ paymentId: 1, reason: '  ' }))).toEqual([
      '冲正理由不能为空',
    ]);
  });
});

describe('remittanceInputSchema', () => {
  const valid = {
    fromOrgId: 3,
    toOrgId: 2,
    amountFen: 150000,
    remittedOn: '2026-06-05',
    reference: 'HK-2026-06',
  };

  it('accepts a remittance for a month', () => {
    expect(remittanceInputSchema.safeParse({ ...valid, month: '2026-05' }).success).toBe(true);
  });

  it('accepts a remittance for a period', () => {
    const period = { fromMonth: '2026-04', toMonth: '2026-06' };
    expect(remittanceInputSchema.safeParse({ ...valid, period }).success).toBe(true);
  });

  it('refuses both a month and a period', () => {
    const period = { fromMonth: '2026-04', toMonth: '2026-06' };
    expect(messages(remittanceInputSchema.safeParse({ ...valid, month: '2026-05', period }))).toEqual([
      '须填写所属月份或所属期间（二选一）',
    ]);
  });

  it('refuses remitting to the same org', () => {
    expect(remittanceInputSchema.safeParse({ ...valid, month: '2026-05', toOrgId: 3 }).success).toBe(false);
  });
});
