import { chinaToday, type IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/errors';
import { SEX_LABELS, type SexValue } from './enums';
import { validateIdNumber } from './id-number';
import { checkStageDates, type StageDates } from './stage';

export interface PersonIdentityInput {
  idNumber: string;
  sex?: SexValue | undefined;
  birthDate?: IsoDate | undefined;
}

/**
 * id-number.md I6: sex and birth date come from the ID number; an entered value that differs is a field
 * error. Returns the derived values, or the violations.
 */
export function checkIdentity(
  input: PersonIdentityInput,
  today: IsoDate = chinaToday(),
): { sex: SexValue; birthDate: IsoDate; violations: RuleViolation[] } | { violations: RuleViolation[] } {
  const result = validateIdNumber(input.idNumber, today);
  if (!result.valid) {
    return { violations: [{ rule: 'id-number.md I2–I4', field: 'idNumber', message: result.reason }] };
  }
  const violations: RuleViolation[] = [];
  if (input.sex && input.sex !== result.sex) {
    violations.push({
      rule: 'id-number.md I6',
      field: 'sex',
      message: `性别与身份证号不符：身份证号显示为${SEX_LABELS[result.sex]}`,
    });
  }
  if (input.birthDate && input.birthDate !== result.birthDate) {
    violations.push({
      rule: 'id-number.md I6',
      field: 'birthDate',
      message: `出生日期与身份证号不符：身份证号显示为 ${result.birthDate}`,
    });
  }
  return { sex: result.sex, birthDate: result.birthDate, violations };
}

/** Every check of a new record that needs no database: identity and stage dates. */
export function checkNewPerson(
  input: PersonIdentityInput & Partial<StageDates>,
  today: IsoDate = chinaToday(),
): RuleViolation[] {
  const identity = checkIdentity(input, today);
  const birthDate = 'birthDate' in identity ? identity.birthDate : null;
  return [...identity.violations, ...checkStageDates(input, today, birthDate)];
}
