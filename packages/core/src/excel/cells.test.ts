import { describe, expect, it } from 'vitest';
import { cellText, enumFromCell, excelSerialToIsoDate, parseDateCell } from './cells';
import { EDUCATION_LABELS } from '../person/enums';

describe('date cells', () => {
  it.each([
    ['2010-07-01', '2010-07-01'],
    ['2010/7/1', '2010-07-01'],
    ['2010.07.01', '2010-07-01'],
    ['2010年7月1日', '2010-07-01'],
    [' 20100701 ', '2010-07-01'],
    [20100701, '2010-07-01'],
    [40360, '2010-07-01'],
    [new Date(Date.UTC(2010, 6, 1)), '2010-07-01'],
  ])('read %s as %s', (cell, date) => {
    expect(parseDateCell(cell)).toEqual({ date });
  });

  it('refuses impossible dates and other formats, and leaves empty cells empty', () => {
    expect(parseDateCell('2023-02-29')).toEqual({ reason: '“2023-02-29”不是真实存在的日期' });
    expect(parseDateCell('07/01/2010')).toMatchObject({ reason: expect.stringContaining('YYYY-MM-DD') });
    expect(parseDateCell('   ')).toBeNull();
    expect(parseDateCell(null)).toBeNull();
  });

  it('count Excel serials from 1899-12-30', () => {
    expect(excelSerialToIsoDate(1)).toBe('1899-12-31');
    expect(excelSerialToIsoDate(0)).toBeNull();
  });
});

describe('text cells', () => {
  it('write long numbers out in full', () => {
    expect(cellText(13800138000)).toBe('13800138000');
    expect(cellText(3.6042619910101005e17)).toBe('360426199101010048');
  });

  it('find enumerations by label or identifier, forgiving ASCII parentheses', () => {
    expect(enumFromCell(EDUCATION_LABELS, '高中(中技)')).toBe('high_school');
    expect(enumFromCell(EDUCATION_LABELS, 'bachelor')).toBe('bachelor');
    expect(enumFromCell(EDUCATION_LABELS, '博士')).toBeNull();
  });
});
