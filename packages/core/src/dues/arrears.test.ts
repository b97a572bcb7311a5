import { describe, expect, it } from 'vitest';
import { arrears } from './arrears';
import { monthsBetween } from './months';

const due = monthsBetween('2026-01', '2026-12');
/** Paid every month up to and including `lastPaid`. */
const paidThrough = (lastPaid: string) => monthsBetween('2026-01', lastPaid);

describe('arrears: the unpaid months', () => {
  it('lists due months without payment up to the through month', () => {
    expect(arrears(due, ['2026-01', '2026-03'], '2026-04').unpaidMonths).toEqual(['2026-02', '2026-04']);
  });

  it('ignores months after the through month', () => {
    expect(arrears(due, [], '2026-02').unpaidMonths).toEqual(['2026-01', '2026-02']);
  });

  it('has no current run when the through month is paid', () => {
    const result = arrears(due, ['2026-03'], '2026-03');
    expect(result.currentRun).toBeNull();
    expect(result.consecutiveUnpaid).toBe(0);
  });

  it('ends the current run at the through month', () => {
    expect(arrears(due, paidThrough('2026-02'), '2026-05').currentRun).toEqual({
      from: '2026-03',
      to: '2026-05',
      months: 3,
    });
  });

  it('breaks a run at an exempt month', () => {
    const withExemption = due.filter((m) => m !== '2026-03');
    expect(arrears(withExemption, [], '2026-05').consecutiveUnpaid).toBe(2);
  });
});

describe('arrears: the 3-month reminder', () => {
  it('is not due after 2 unpaid months', () => {
    expect(arrears(due, paidThrough('2026-03'), '2026-05').reminderDue).toBe(false);
  });

  it('is due after 3 unpaid months', () => {
    expect(arrears(due, paidThrough('2026-02'), '2026-05').reminderDue).toBe(true);
  });
});

describe('arrears: the 6-month flag (dues.md F12)', () => {
  it('does not flag 5 consecutive unpaid months', () => {
    expect(arrears(due, paidThrough('2026-01'), '2026-06').isRemovalCase).toBe(false);
  });

  it('flags 6 consecutive unpaid months', () => {
    expect(arrears(due, paidThrough('2026-01'), '2026-07').isRemovalCase).toBe(true);
  });

  it('does not flag 6 scattered unpaid months', () => {
    const paid = ['2026-02', '2026-04', '2026-06', '2026-08', '2026-10', '2026-12'];
    expect(arrears(due, paid, '2026-12').isRemovalCase).toBe(false);
  });

  it('does not flag when one of the 6 months has a recorded reason', () => {
    expect(arrears(due, paidThrough('2026-01'), '2026-07', ['2026-04']).isRemovalCase).toBe(false);
  });

  it('still reminds when the unpaid months have a recorded reason', () => {
    expect(arrears(due, paidThrough('2026-01'), '2026-07', ['2026-04']).reminderDue).toBe(true);
  });

  it('still flags a 6-month lapse followed by a month paid', () => {
    const result = arrears(due, ['2026-07'], '2026-07');
    expect(result.isRemovalCase).toBe(true);
    expect(result.longestUnexplainedRun).toEqual({ from: '2026-01', to: '2026-06', months: 6 });
  });

  it('no longer flags once the lapsed months are paid back (F11)', () => {
    expect(arrears(due, paidThrough('2026-07'), '2026-07').isRemovalCase).toBe(false);
  });
});
