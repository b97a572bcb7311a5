import { describe, expect, it } from 'vitest';
import { fenLabel, fenToYuanText } from './money';

describe('fenToYuanText', () => {
  it('writes fen as 元 with two decimals', () => {
    expect(fenToYuanText(4445)).toBe('44.45');
  });

  it('pads a small amount', () => {
    expect(fenToYuanText(20)).toBe('0.20');
  });

  it('keeps the sign of a negative amount', () => {
    expect(fenToYuanText(-20)).toBe('-0.20');
  });

  it('refuses a fraction of a fen', () => {
    expect(() => fenToYuanText(1.5)).toThrow(RangeError);
  });
});

describe('fenLabel', () => {
  it('adds the unit', () => {
    expect(fenLabel(100000)).toBe('1000.00 元');
  });
});
