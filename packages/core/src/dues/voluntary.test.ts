import { describe, expect, it } from 'vitest';
import { classifyExtraPayment, splitPayment } from './voluntary';

describe('classifyExtraPayment (dues.md F8)', () => {
  it('keeps 999.99 元 with the dues', () => {
    expect(classifyExtraPayment(99999)).toBe('ordinary');
  });

  it('sends exactly 1000 元 to the Central Committee', () => {
    expect(classifyExtraPayment(100000)).toBe('central');
  });

  it('refuses a non-positive amount', () => {
    expect(() => classifyExtraPayment(0)).toThrow(RangeError);
  });
});

describe('splitPayment', () => {
  it('puts an exact payment all into dues', () => {
    expect(splitPayment(1500, 1500)).toEqual({ duesFen: 1500, extraFen: 0, extraClass: null });
  });

  it('separates a large gift paid with the month', () => {
    expect(splitPayment(101500, 1500)).toEqual({ duesFen: 1500, extraFen: 100000, extraClass: 'central' });
  });

  it('keeps a small extra as ordinary voluntary dues', () => {
    expect(splitPayment(2000, 1500)).toEqual({ duesFen: 1500, extraFen: 500, extraClass: 'ordinary' });
  });
});
