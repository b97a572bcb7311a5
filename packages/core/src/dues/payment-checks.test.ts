import { describe, expect, it } from 'vitest';
import type { DuesPayment } from './ledger';
import { checkPayment, checkPayments, checkReversal } from './payment-checks';

const base = { startMonth: '2026-03', alreadyPaid: false, today: '2026-05-20' };

describe('checkPayment', () => {
  it('accepts a month after joining, not yet paid', () => {
    expect(checkPayment({ ...base, month: '2026-05' })).toEqual([]);
  });

  it('accepts the start month itself', () => {
    expect(checkPayment({ ...base, month: '2026-03' })).toEqual([]);
  });

  it('refuses a month before the member joined (dues.md F9)', () => {
    expect(checkPayment({ ...base, month: '2026-02' })).toEqual([
      expect.objectContaining({ rule: 'dues.md F9', field: 'months' }),
    ]);
  });

  it('refuses a month already paid (dues.md F11)', () => {
    const [v] = checkPayment({ ...base, month: '2026-04', alreadyPaid: true });
    expect(v).toMatchObject({ rule: 'dues.md F11', field: 'months' });
    expect(v?.message).toContain('不能重复交纳');
  });

  it('accepts a month exactly 12 months ahead', () => {
    expect(checkPayment({ ...base, month: '2027-05' })).toEqual([]);
  });

  it('refuses a month 13 months ahead and says when it may be paid', () => {
    expect(checkPayment({ ...base, month: '2027-06' })).toEqual([
      expect.objectContaining({ rule: 'dues.md F11', allowedFrom: '2026-06-01' }),
    ]);
  });

  it('honours a smaller advance limit', () => {
    expect(checkPayment({ ...base, month: '2026-08', advanceLimitMonths: 2 })).toHaveLength(1);
  });

  it('refuses a zero amount', () => {
    expect(checkPayment({ ...base, month: '2026-05', amountFen: 0 })).toEqual([
      expect.objectContaining({ rule: 'dues.md F14', field: 'amountFen' }),
    ]);
  });

  it('refuses a fractional amount', () => {
    expect(checkPayment({ ...base, month: '2026-05', amountFen: 15.5 })[0]?.field).toBe('amountFen');
  });

  it('refuses less than the amount due (dues.md F7)', () => {
    expect(checkPayment({ ...base, month: '2026-05', amountFen: 1499, amountDueFen: 1500 })).toEqual([
      expect.objectContaining({ rule: 'dues.md F7', field: 'amountFen' }),
    ]);
  });

  it('accepts more than the amount due (dues.md F8)', () => {
    expect(checkPayment({ ...base, month: '2026-05', amountFen: 10000, amountDueFen: 1500 })).toEqual([]);
  });

  it('refuses a payment date in the future', () => {
    expect(checkPayment({ ...base, month: '2026-05', paidOn: '2026-05-21' })[0]?.field).toBe('paidOn');
  });

  it('refuses a malformed month', () => {
    expect(checkPayment({ ...base, month: '2026-5' })[0]?.message).toContain('YYYY-MM');
  });
});

describe('checkPayments', () => {
  it('refuses the same month twice in one request', () => {
    const violations = checkPayments({ ...base, months: ['2026-04', '2026-04'], paidMonths: [] });
    expect(violations).toHaveLength(1);
  });

  it('refuses each month already paid', () => {
    const violations = checkPayments({
      ...base,
      months: ['2026-03', '2026-04'],
      paidMonths: ['2026-03', '2026-04'],
    });
    expect(violations).toHaveLength(2);
  });

  it('reports a future payment date once for many months', () => {
    const violations = checkPayments({
      ...base,
      months: ['2026-04', '2026-05'],
      paidMonths: [],
      paidOn: '2026-06-01',
    });
    expect(violations).toHaveLength(1);
  });

  it('checks each month against its own amount due', () => {
    const violations = checkPayments({
      ...base,
      months: ['2026-04', '2026-05'],
      paidMonths: [],
      amountFen: 1500,
      dueFor: (m) => (m === '2026-05' ? 3000 : 1500),
    });
    expect(violations.map((v) => v.message)).toEqual([expect.stringContaining('2026年5月')]);
  });
});

describe('checkReversal', () => {
  const payments: DuesPayment[] = [
    { id: 1, month: '2026-04', amountFen: 1500, kind: 'regular' },
    { id: 2, month: '2026-05', amountFen: 1500, kind: 'regular' },
    { id: 3, month: '2026-05', amountFen: 1500, kind: 'reversal', reversesId: 2 },
  ];

  it('accepts reversing an active payment', () => {
    expect(checkReversal(1, payments)).toEqual([]);
  });

  it('refuses reversing a payment twice', () => {
    expect(checkReversal(2, payments)[0]?.message).toBe('该交纳记录已经冲正');
  });

  it('refuses reversing a reversal', () => {
    expect(checkReversal(3, payments)).toHaveLength(1);
  });

  it('refuses an unknown payment', () => {
    expect(checkReversal(9, payments)[0]?.message).toBe('要冲正的交纳记录不存在');
  });
});
