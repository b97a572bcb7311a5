import { describe, expect, it } from 'vitest';
import {
  checkSuspensionForLostContact,
  contactSearchInputSchema,
  isRemovalDue,
  lostContactInputSchema,
  removalDueOn,
  suspensionDueOn,
} from './lost-contact';

const searched = { since: '2025-08-31', searches: [{ date: '2025-10-01' }] };

describe('suspension for lost contact (T10)', () => {
  it('is due six months after contact was lost', () => {
    expect(suspensionDueOn('2025-08-15')).toBe('2026-02-15');
  });

  it('falls on the month end when the month is shorter', () => {
    expect(suspensionDueOn('2025-08-31')).toBe('2026-02-28');
  });

  it('is refused the day before it is due, saying from when', () => {
    expect(checkSuspensionForLostContact(searched, '2026-02-27')).toEqual([
      expect.objectContaining({ rule: 'transfers.md T10', field: 'date', allowedFrom: '2026-02-28' }),
    ]);
  });

  it('is allowed on the day it is due', () => {
    expect(checkSuspensionForLostContact(searched, '2026-02-28')).toEqual([]);
  });

  it('is allowed the day after it is due', () => {
    expect(checkSuspensionForLostContact(searched, '2026-03-01')).toEqual([]);
  });

  it('needs at least one recorded search', () => {
    expect(checkSuspensionForLostContact({ since: '2025-08-31', searches: [] }, '2026-03-01')).toEqual([
      expect.objectContaining({ rule: 'transfers.md T10', field: 'searches' }),
    ]);
  });

  it('does not count a search from before contact was lost', () => {
    const lost = { since: '2025-08-31', searches: [{ date: '2025-08-01' }] };
    expect(checkSuspensionForLostContact(lost, '2026-03-01')).toEqual([
      expect.objectContaining({ field: 'searches' }),
    ]);
  });
});

describe('removal two years after suspension (T11)', () => {
  it('is due on the second anniversary of the suspension', () => {
    expect(removalDueOn('2024-03-10')).toBe('2026-03-10');
  });

  it('is not due the day before', () => {
    expect(isRemovalDue('2024-03-10', '2026-03-09')).toBe(false);
  });

  it('is due on the day', () => {
    expect(isRemovalDue('2024-03-10', '2026-03-10')).toBe(true);
  });

  it('is due the day after', () => {
    expect(isRemovalDue('2024-03-10', '2026-03-11')).toBe(true);
  });

  it('from a 29 February suspension falls on 28 February', () => {
    expect(removalDueOn('2024-02-29')).toBe('2026-02-28');
  });
});

describe('lost contact and search inputs', () => {
  it('accept a lost-contact date with a note', () => {
    expect(lostContactInputSchema.parse({ since: '2025-08-31', note: '电话停机' })).toEqual({
      since: '2025-08-31',
      note: '电话停机',
    });
  });

  it('refuse a search without a method, naming the field', () => {
    const result = contactSearchInputSchema.safeParse({ date: '2025-10-01', method: ' ', result: '未找到' });
    expect(result.error?.issues[0]?.message).toBe('寻找方式不能为空');
  });

  it('refuse a search result over 500 characters', () => {
    const result = contactSearchInputSchema.safeParse({
      date: '2025-10-01',
      method: '电话',
      result: '无'.repeat(501),
    });
    expect(result.success).toBe(false);
  });
});
