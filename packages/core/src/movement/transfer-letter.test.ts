import { describe, expect, it } from 'vitest';
import {
  checkDuesPaidUpTo,
  checkLetterReceipt,
  checkTransferTransition,
  daysLeft,
  DEFAULT_LETTER_VALIDITY_DAYS,
  formatLetterNumber,
  isLetterExpired,
  letterExpiresOn,
} from './transfer-letter';

describe('the letter’s validity (T4)', () => {
  it('defaults to 90 days', () => {
    expect(DEFAULT_LETTER_VALIDITY_DAYS).toBe(90);
  });

  it('counts the issue day as its first day', () => {
    expect(letterExpiresOn('2026-01-01', 90)).toBe('2026-03-31');
  });

  it('lasts only the issue day for one day of validity', () => {
    expect(letterExpiresOn('2026-01-01', 1)).toBe('2026-01-01');
  });

  it('has not expired the day before the last day', () => {
    expect(isLetterExpired('2026-01-01', 90, '2026-03-30')).toBe(false);
  });

  it('has not expired on the last day', () => {
    expect(isLetterExpired('2026-01-01', 90, '2026-03-31')).toBe(false);
  });

  it('has expired the day after the last day', () => {
    expect(isLetterExpired('2026-01-01', 90, '2026-04-01')).toBe(true);
  });

  it('has all its days left on the issue day', () => {
    expect(daysLeft('2026-01-01', 90, '2026-01-01')).toBe(90);
  });

  it('has one day left on the last day', () => {
    expect(daysLeft('2026-01-01', 90, '2026-03-31')).toBe(1);
  });

  it('has no days left once expired', () => {
    expect(daysLeft('2026-01-01', 90, '2026-05-01')).toBe(0);
  });
});

describe('the letter number (T2)', () => {
  it('is the year and a four-digit sequence', () => {
    expect(formatLetterNumber(2026, 15)).toBe('2026-0015');
  });

  it('grows past four digits rather than wrapping', () => {
    expect(formatLetterNumber(2026, 12345)).toBe('2026-12345');
  });

  it('refuses a sequence below one', () => {
    expect(() => formatLetterNumber(2026, 0)).toThrow(RangeError);
  });
});

describe('the month dues are paid up to (T3)', () => {
  it('may be in arrears', () => {
    expect(checkDuesPaidUpTo('2025-06', '2026-05-20')).toEqual([]);
  });

  it('may be twelve months after the issue month', () => {
    expect(checkDuesPaidUpTo('2027-05', '2026-05-20')).toEqual([]);
  });

  it('may not be thirteen months after the issue month', () => {
    expect(checkDuesPaidUpTo('2027-06', '2026-05-20')).toEqual([
      expect.objectContaining({
        rule: 'transfers.md T3',
        field: 'duesPaidUpTo',
        message: expect.stringContaining('2027-05'),
      }),
    ]);
  });

  it('must be a real month', () => {
    expect(checkDuesPaidUpTo('2026-13', '2026-05-20')).toEqual([
      expect.objectContaining({ message: '党费交至月份应为 YYYY-MM' }),
    ]);
  });
});

describe('the transfer states (T7)', () => {
  it('go from issued to received', () => {
    expect(checkTransferTransition('issued', 'received')).toEqual([]);
  });

  it('allow a reissue of an expired letter', () => {
    expect(checkTransferTransition('expired', 'issued')).toEqual([]);
  });

  it('do not leave a returned receipt', () => {
    expect(checkTransferTransition('receipt_returned', 'cancelled')).toEqual([
      expect.objectContaining({ rule: 'transfers.md T7', message: '转接状态为“已回执”，不能变为“已撤销”' }),
    ]);
  });
});

describe('recording the member’s report', () => {
  const letter = { issuedOn: '2026-01-01', validityDays: 90, today: '2026-06-01' };

  it('is allowed on the last valid day', () => {
    expect(checkLetterReceipt({ ...letter, receivedOn: '2026-03-31' })).toEqual([]);
  });

  it('needs a statement the day after the letter expired (T4)', () => {
    expect(checkLetterReceipt({ ...letter, receivedOn: '2026-04-01' })).toEqual([
      expect.objectContaining({ rule: 'transfers.md T4', field: 'lateStatement' }),
    ]);
  });

  it('is allowed late with a statement', () => {
    expect(checkLetterReceipt({ ...letter, receivedOn: '2026-04-01', lateStatement: '因病延误' })).toEqual(
      [],
    );
  });

  it('cannot come before the issue date', () => {
    expect(checkLetterReceipt({ ...letter, receivedOn: '2025-12-31' })).toEqual([
      expect.objectContaining({ field: 'receivedOn', allowedFrom: '2026-01-01' }),
    ]);
  });

  it('cannot lie in the future', () => {
    expect(checkLetterReceipt({ ...letter, receivedOn: '2026-06-02' })).toEqual([
      expect.objectContaining({ field: 'receivedOn' }),
      expect.objectContaining({ field: 'lateStatement' }),
    ]);
  });
});
