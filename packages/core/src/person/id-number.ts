import { chinaToday, isValidIsoDate, type IsoDate } from '../shared/dates';

export type Sex = 'male' | 'female';

export type IdNumberResult = { valid: true; birthDate: IsoDate; sex: Sex } | { valid: false; reason: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** id-number.md I1: trim; full-width digits and Ｘ become ASCII; lowercase x becomes X. */
export function normalizeIdNumber(value: string): string {
  return value
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[Ｘｘx]/g, 'X');
}

/** id-number.md I3: the check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * The only check of a resident ID number (GB 11643): format (I2, I8), check character (I3), a real birth
 * date not after today in China time (I4); sex and birth date derived from the number (I6).
 */
export function validateIdNumber(value: string, today: IsoDate = chinaToday()): IdNumberResult {
  const id = normalizeIdNumber(value);
  if (id.length !== 18) {
    return { valid: false, reason: `身份证号应为 18 位，当前为 ${id.length} 位` };
  }
  if (!/^[0-9]{17}[0-9X]$/.test(id)) {
    return { valid: false, reason: '身份证号前 17 位应为数字，最后一位为数字或 X' };
  }
  const expected = idCheckCharacter(id.slice(0, 17));
  if (id[17] !== expected) {
    return { valid: false, reason: `身份证号校验位错误：最后一位应为 ${expected}，实为 ${id[17]}` };
  }
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isValidIsoDate(birthDate)) {
    return { valid: false, reason: `身份证号中的出生日期 ${birthDate} 不是真实日期` };
  }
  if (birthDate > today) {
    return { valid: false, reason: `身份证号中的出生日期 ${birthDate} 晚于今天` };
  }
  return { valid: true, birthDate, sex: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

/** id-number.md I11: first 4 + 10 asterisks + last 4. */
export function maskIdNumber(id: string): string {
  return id.length < 8
    ? '*'.repeat(id.length)
    : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** Project convention: first 3 + 4 asterisks + last 4 for an 11-digit mobile number. */
export function maskPhone(phone: string): string {
  return phone.length < 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** id-number.md I5, I7: things worth a warning that are not errors. */
export function idNumberWarnings(id: string, today: IsoDate = chinaToday()): string[] {
  const warnings: string[] = [];
  const result = validateIdNumber(id, today);
  if (!result.valid) return warnings;
  const province = Number(normalizeIdNumber(id).slice(0, 2));
  const provinces = [
    [11, 15],
    [21, 23],
    [31, 37],
    [41, 46],
    [50, 54],
    [61, 65],
  ];
  if (!provinces.some(([a, b]) => province >= a! && province <= b!)) {
    warnings.push(`身份证号前两位 ${String(province).padStart(2, '0')} 不是省级行政区代码`);
  }
  if (ageOn(result.birthDate, today) > 120) warnings.push('按身份证号计算年龄超过 120 岁，请核对');
  return warnings;
}

/** id-number.md I9: full years; the birthday itself counts. */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** Builds a valid number from its parts (demo data, benchmarks, tests): region, birth date, sequence. */
export function composeIdNumber(region: string, birthDate: IsoDate, sequence: number): string {
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}
