import { describe, expect, it } from 'vitest';
import { ageOn, idNumberWarnings, maskIdNumber, validateIdNumber } from './id-number';

const TODAY = '2026-11-23';

describe('validateIdNumber (id-number.md test cases)', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'female'],
    ['11010519491231002x', '1949-12-31', 'female'],
    ['440524188001010014', '1880-01-01', 'male'],
    ['360426199101010071', '1991-01-01', 'male'],
    ['110105200002290013', '2000-02-29', 'male'],
  ])('accepts %s', (id, birthDate, sex) => {
    expect(validateIdNumber(id, TODAY)).toEqual({ valid: true, birthDate, sex });
  });

  it('refuses a wrong check character and names the right one', () => {
    expect(validateIdNumber('360426199101010072', TODAY)).toEqual({
      valid: false,
      reason: '身份证号校验位错误：最后一位应为 1，实为 2',
    });
  });

  it.each([
    ['110105190002290017', '1900-02-29'],
    ['360426199102300070', '1991-02-30'],
  ])('refuses %s with the impossible date %s', (id, date) => {
    const result = validateIdNumber(id, TODAY);
    expect(result.valid).toBe(false);
    expect(!result.valid && result.reason).toContain(date);
  });

  it('refuses a birth date in the future', () => {
    const result = validateIdNumber('360426209901010076', TODAY);
    expect(!result.valid && result.reason).toContain('晚于今天');
  });

  it('refuses 17 and 19 characters and letters inside', () => {
    expect(validateIdNumber('36042619910101007', TODAY)).toMatchObject({
      valid: false,
      reason: expect.stringContaining('17 位'),
    });
    expect(validateIdNumber('3604261991010100711', TODAY)).toMatchObject({
      valid: false,
      reason: expect.stringContaining('19 位'),
    });
    expect(validateIdNumber('36042619910A010071', TODAY)).toMatchObject({
      valid: false,
      reason: expect.stringContaining('数字'),
    });
  });

  it('normalizes full-width digits and surrounding spaces (I1)', () => {
    expect(validateIdNumber(' ３６０４２６１９９１０１０１００７１ ', TODAY)).toMatchObject({ valid: true });
  });
});

describe('around ID numbers', () => {
  it('masks as first 4, ten asterisks, last 4 (I11)', () => {
    expect(maskIdNumber('360426199101010071')).toBe('3604**********0071');
  });

  it('warns of an age over 120 (I5) without refusing', () => {
    expect(idNumberWarnings('440524188001010014', TODAY)).toEqual(['按身份证号计算年龄超过 120 岁，请核对']);
  });

  it('counts full years with the birthday itself counting (I9)', () => {
    expect(ageOn('2008-11-23', '2026-11-23')).toBe(18);
    expect(ageOn('2008-11-24', '2026-11-23')).toBe(17);
  });
});
