import { describe, expect, it } from 'vitest';
import { matchHeaders } from './columns';
import { parsePersonRow, type PersonCells } from './person-row';
import { PERSON_COLUMNS } from './person-sheet';

const TODAY = '2026-11-23';
const valid: PersonCells = {
  name: '张建华',
  idNumber: '360426199101010071',
  ethnicity: '汉族',
  education: '大学本科',
  personKind: '在岗职工',
  occupation: '学生',
  branchCode: 'B01',
  admissionDate: '2015-07-01',
  conversionDate: new Date(Date.UTC(2016, 6, 1)),
};

describe('a person row', () => {
  it('yields the record with sex and birth date from the ID number', () => {
    const parsed = parsePersonRow(valid, TODAY);
    expect(parsed.issues).toEqual([]);
    expect(parsed.value).toMatchObject({
      sex: 'male',
      birthDate: '1991-01-01',
      ethnicity: '01',
      education: 'bachelor',
      dates: { admissionDate: '2015-07-01', conversionDate: '2016-07-01', applicationDate: null },
    });
  });

  it('names every bad cell with its reason', () => {
    const parsed = parsePersonRow(
      {
        ...valid,
        idNumber: Number('360426199101010071'),
        sex: '女',
        ethnicity: '火星族',
        phone: '1380013800',
        conversionDate: '2015-01-01',
        education: '',
      },
      TODAY,
    );
    expect(parsed.value).toBeNull();
    expect(parsed.issues.map((i) => i.column)).toEqual([
      'idNumber',
      'ethnicity',
      'phone',
      'education',
      'conversionDate',
    ]);
    expect(parsed.issues[0]!.reason).toContain('文本');
  });

  it('checks sex and birth date against the ID number', () => {
    const parsed = parsePersonRow({ ...valid, sex: '女', birthDate: '1991-01-02' }, TODAY);
    expect(parsed.issues).toEqual([
      { column: 'sex', reason: '性别与身份证号不符：身份证号显示为男' },
      { column: 'birthDate', reason: '出生日期与身份证号不符：身份证号显示为 1991-01-01' },
    ]);
  });

  it('accepts 汉 and the GB 3304 number for the ethnicity', () => {
    expect(parsePersonRow({ ...valid, ethnicity: '汉' }, TODAY).value?.ethnicity).toBe('01');
    expect(parsePersonRow({ ...valid, ethnicity: 3 }, TODAY).value?.ethnicity).toBe('03');
  });
});

describe('the header row', () => {
  it('matches in any order, ignoring the required mark, and lists what is missing', () => {
    const headers = PERSON_COLUMNS.map((c) => c.header).reverse();
    expect(matchHeaders(PERSON_COLUMNS, headers).ok).toBe(true);
    const result = matchHeaders(PERSON_COLUMNS, ['姓名*', ' 身份证号 ']);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.missing.slice(0, 2)).toEqual(['性别', '出生日期']);
  });
});
