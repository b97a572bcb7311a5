import { describe, expect, it } from 'vitest';
import { DEFAULT_EXCELLENT_CAP } from './review';
import { parseExcellentCap, reviewSaveInputSchema } from './review-views';

describe('parseExcellentCap (org-life.md L5, settable)', () => {
  it('reads "1/3" as the default cap, exactly', () => {
    expect(parseExcellentCap('1/3')).toBe(DEFAULT_EXCELLENT_CAP);
    expect(parseExcellentCap(' 3 / 10 ')).toBeCloseTo(0.3);
  });

  it('refuses what is not a fraction in (0, 1]', () => {
    expect(['', '1/0', '0/3', '4/3', '0.3', '30%', 'a/b'].map(parseExcellentCap)).toEqual(
      Array(7).fill(null),
    );
  });
});

describe('reviewSaveInputSchema', () => {
  it('takes the entries without a year (the path has it) and refuses a bad cap', () => {
    const entries = [{ personId: 1, grade: 'excellent' }];
    expect(reviewSaveInputSchema.safeParse({ entries }).success).toBe(true);
    expect(reviewSaveInputSchema.safeParse({ entries, year: 2024 }).success).toBe(false);
    expect(reviewSaveInputSchema.safeParse({ entries, excellentCap: '1/2' }).success).toBe(true);
    expect(reviewSaveInputSchema.safeParse({ entries, excellentCap: '2/1' }).success).toBe(false);
  });
});
