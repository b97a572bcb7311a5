import { describe, expect, it } from 'vitest';
import { meetsTraining, trainingRequirementOn, trainingShortfallMessage } from './training';

describe('the training requirement of step 11 (D9)', () => {
  it('is three days or 24 class hours under the 2014 rules, citing D9', () => {
    expect(trainingRequirementOn('2024-05-01')).toEqual({
      minDays: 3,
      minHours: 24,
      rule: 'development.md D9',
    });
  });

  it('is met by either figure alone', () => {
    const req = trainingRequirementOn('2024-05-01')!;
    expect(meetsTraining(req, { days: 3, hours: 12 })).toBe(true);
    expect(meetsTraining(req, { days: 2, hours: 24 })).toBe(true);
    expect(meetsTraining(req, { days: 2, hours: 23.5 })).toBe(false);
  });

  it('says what is still missing when refused', () => {
    const req = trainingRequirementOn('2024-05-01')!;
    expect(trainingShortfallMessage(req, { days: 2, hours: 16 })).toBe(
      '集中培训须不少于 3 天或 24 学时，现为 2 天、16 学时，还差 1 天或 8 学时',
    );
  });
});
