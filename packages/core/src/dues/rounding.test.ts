import { describe, expect, it } from 'vitest';
import { applyBasisPoints } from './rounding';

describe('applyBasisPoints (dues.md F14, F15)', () => {
  it('rounds an exact half up in half-up mode', () => {
    expect(applyBasisPoints(444450, 100, 'half_up')).toBe(4445);
  });

  it('rounds an exact half to the even fen in half-even mode', () => {
    expect(applyBasisPoints(444450, 100, 'half_even')).toBe(4444);
  });

  it('rounds an exact half up to the even fen when the lower fen is odd', () => {
    expect(applyBasisPoints(444350, 100, 'half_even')).toBe(4444);
  });

  it('rounds below a half down in both modes', () => {
    expect(applyBasisPoints(1234567, 200, 'half_up')).toBe(24691);
    expect(applyBasisPoints(1234567, 200, 'half_even')).toBe(24691);
  });

  it('rounds above a half up in both modes', () => {
    expect(applyBasisPoints(444460, 100, 'half_even')).toBe(4445);
  });

  it('stays exact on a very large base', () => {
    expect(applyBasisPoints(90071992547, 100, 'half_up')).toBe(900719925);
  });

  it('refuses a base whose product would leave the exact integer range', () => {
    expect(() => applyBasisPoints(Number.MAX_SAFE_INTEGER, 200, 'half_up')).toThrow(RangeError);
  });
});
