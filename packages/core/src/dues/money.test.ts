import { describe, expect, it } from 'vitest';
import { fenLabel, fenToYuanText, parseYuanToFen } from './money';

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

describe('parseYuanToFen', () => {
  it('reads 元 with one or two decimals as whole fen', () => {
    expect(parseYuanToFen('12.3')).toBe(1230);
    expect(parseYuanToFen('0.05')).toBe(5);
    expect(parseYuanToFen('4444.50')).toBe(444450);
    expect(parseYuanToFen('3000.01')).toBe(300001);
  });

  it('reads whole 元 and zero', () => {
    expect(parseYuanToFen('15')).toBe(1500);
    expect(parseYuanToFen('0')).toBe(0);
    expect(parseYuanToFen('007')).toBe(700);
  });

  it('has no float error where multiplying by 100 would have one', () => {
    // 0.29 * 100 === 28.999999999999996, 1.15 * 100 === 114.99999999999999, 4.35 * 100 === 434.99999999999994
    expect(parseYuanToFen('0.29')).toBe(29);
    expect(parseYuanToFen('1.15')).toBe(115);
    expect(parseYuanToFen('4.35')).toBe(435);
    expect(parseYuanToFen('9007199254.99')).toBe(900719925499);
  });

  it('ignores spaces around the amount', () => {
    expect(parseYuanToFen(' 12.30 ')).toBe(1230);
  });

  it('refuses a fraction of a fen rather than rounding it', () => {
    expect(parseYuanToFen('1.234')).toBeNull();
    expect(parseYuanToFen('0.005')).toBeNull();
  });

  it('refuses negative amounts, words and other number syntax', () => {
    for (const text of [
      '-1',
      '+1',
      'abc',
      '',
      ' ',
      '12.',
      '.5',
      '1e3',
      '0x10',
      '1,000',
      '12 元',
      '１２',
      'Infinity',
    ]) {
      expect(parseYuanToFen(text), text).toBeNull();
    }
  });

  it('refuses more digits than an exact integer of fen can hold', () => {
    expect(parseYuanToFen('9999999999999.99')).toBe(999999999999999);
    expect(Number.isSafeInteger(parseYuanToFen('9999999999999.99'))).toBe(true);
    expect(parseYuanToFen('99999999999999')).toBeNull();
  });

  it('round-trips what fenToYuanText writes', () => {
    for (const fen of [0, 5, 20, 1230, 4445, 100000, 1234567]) {
      expect(parseYuanToFen(fenToYuanText(fen))).toBe(fen);
    }
  });
});
