import { describe, expect, it } from 'vitest';
import {
  activePayments,
  duesLedger,
  duesStartMonth,
  monthsDue,
  paidByMonth,
  paidMonths,
  transferPaidUpTo,
  type DuesPayment,
} from './ledger';

const pay = (id: number, month: string, amountFen = 1500): DuesPayment => ({
  id,
  month,
  amountFen,
  kind: 'regular',
});
const reverse = (id: number, reversesId: number, month: string): DuesPayment => ({
  id,
  month,
  amountFen: 1500,
  kind: 'reversal',
  reversesId,
});

describe('duesStartMonth (dues.md F9)', () => {
  it('starts in the month the general meeting admitted the member', () => {
    expect(duesStartMonth('2026-03-31')).toBe('2026-03');
  });
});

describe('monthsDue (dues.md F11)', () => {
  it('lists every month from start to through', () => {
    expect(monthsDue({ startMonth: '2026-01', throughMonth: '2026-03' })).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
  });

  it('leaves out exempt months', () => {
    expect(monthsDue({ startMonth: '2026-01', throughMonth: '2026-03', exemptMonths: ['2026-02'] })).toEqual([
      '2026-01',
      '2026-03',
    ]);
  });
});

describe('payments and reversals', () => {
  it('counts a payment no reversal cancels', () => {
    expect(paidMonths([pay(1, '2026-01')])).toEqual(['2026-01']);
  });

  it('treats a reversed month as unpaid', () => {
    expect(paidMonths([pay(1, '2026-01'), reverse(2, 1, '2026-01')])).toEqual([]);
  });

  it('counts the new payment made after a reversal', () => {
    const payments = [pay(1, '2026-01', 1000), reverse(2, 1, '2026-01'), pay(3, '2026-01', 1500)];
    expect(activePayments(payments).map((p) => p.id)).toEqual([3]);
    expect(paidByMonth(payments).get('2026-01')?.paidFen).toBe(1500);
  });
});

describe('duesLedger', () => {
  const dueFor = (month: string) => (month === '2026-02' ? 0 : 1500);

  it('marks each month paid, unpaid, exempt or underpaid', () => {
    const rows = duesLedger({
      startMonth: '2026-01',
      throughMonth: '2026-04',
      payments: [pay(1, '2026-01'), pay(2, '2026-04', 1000)],
      dueFor,
    });
    expect(rows.map((r) => [r.month, r.status, r.owedFen])).toEqual([
      ['2026-01', 'paid', 0],
      ['2026-02', 'exempt', 0],
      ['2026-03', 'unpaid', 1500],
      ['2026-04', 'underpaid', 500],
    ]);
  });

  it('runs on to the last month paid in advance', () => {
    const rows = duesLedger({
      startMonth: '2026-01',
      throughMonth: '2026-01',
      payments: [pay(1, '2026-03')],
      dueFor,
    });
    expect(rows.map((r) => r.month)).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('owes nothing on a month paid more than due (F8)', () => {
    const [row] = duesLedger({
      startMonth: '2026-01',
      throughMonth: '2026-01',
      payments: [pay(1, '2026-01', 5000)],
      dueFor,
    });
    expect(row).toMatchObject({ status: 'paid', owedFen: 0, paidFen: 5000 });
  });
});

describe('transferPaidUpTo (dues.md F13)', () => {
  it('gives the last month of an unbroken run', () => {
    expect(transferPaidUpTo([pay(1, '2026-01'), pay(2, '2026-02'), pay(3, '2026-03')])).toBe('2026-03');
  });

  it('stops before a gap even when later months are paid', () => {
    expect(transferPaidUpTo([pay(1, '2026-01'), pay(2, '2026-02'), pay(3, '2026-04')])).toBe('2026-02');
  });

  it('bridges an exempt month', () => {
    const payments = [pay(1, '2026-01'), pay(3, '2026-03')];
    expect(transferPaidUpTo(payments, { exemptMonths: ['2026-02'] })).toBe('2026-03');
  });

  it('counts from the start month so an early gap is not hidden', () => {
    expect(transferPaidUpTo([pay(1, '2026-02')], { startMonth: '2026-01' })).toBeNull();
  });

  it('is null when nothing is paid', () => {
    expect(transferPaidUpTo([])).toBeNull();
  });

  it('ignores a reversed payment', () => {
    expect(transferPaidUpTo([pay(1, '2026-01'), pay(2, '2026-02'), reverse(3, 2, '2026-02')])).toBe(
      '2026-01',
    );
  });
});
