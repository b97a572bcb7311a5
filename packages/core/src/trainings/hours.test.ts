import { describe, expect, it } from 'vitest';
import { admissionTrainingStatus, admissionTrainingText, trainingStepSummary, trainingTotals } from './hours';

const day = (date: string, hours: number, mark: 'present' | 'absent' | 'excused' = 'present') => ({
  date,
  hours,
  mark,
});

describe('training totals from attendance', () => {
  it('counts two sessions on one day as one training day', () => {
    expect(trainingTotals([day('2024-05-06', 4), day('2024-05-06', 4), day('2024-05-07', 8)])).toEqual({
      days: 2,
      hours: 16,
    });
  });

  it('earns nothing for absent or excused sessions', () => {
    expect(
      trainingTotals([day('2024-05-06', 8), day('2024-05-07', 8, 'absent'), day('2024-05-08', 8, 'excused')]),
    ).toEqual({ days: 1, hours: 8 });
  });

  it('adds half hours exactly', () => {
    expect(trainingTotals([day('2024-05-06', 1.5), day('2024-05-07', 0.5)]).hours).toBe(2);
  });

  it('is zero with no attendance', () => {
    expect(trainingTotals([])).toEqual({ days: 0, hours: 0 });
  });
});

describe('a candidate against D9', () => {
  it('meets it with 24 class hours over two days', () => {
    const status = admissionTrainingStatus({ days: 2, hours: 24 }, '2024-05-10');
    expect(status).toMatchObject({ met: true, minDays: 3, minHours: 24, rule: 'development.md D9' });
    expect(admissionTrainingText(status)).toBe('已培训 2 天 / 24 学时（达标，D9）');
  });

  it('meets it with three days of short sessions', () => {
    expect(admissionTrainingStatus({ days: 3, hours: 6 }, '2024-05-10').met).toBe(true);
  });

  it('does not meet it with 16 hours over two days', () => {
    const status = admissionTrainingStatus({ days: 2, hours: 16 }, '2024-05-10');
    expect(status.met).toBe(false);
    expect(admissionTrainingText(status)).toBe('已培训 2 天 / 16 学时（未达标，D9）');
  });

  it('shows half hours with one decimal', () => {
    expect(admissionTrainingText(admissionTrainingStatus({ days: 1, hours: 7.5 }, '2024-05-10'))).toBe(
      '已培训 1 天 / 7.5 学时（未达标，D9）',
    );
  });
});

describe('step 11 as the timeline shows it', () => {
  it('is the days and hours alone when they are what Jiceng recorded', () => {
    expect(trainingStepSummary({ days: 3, hours: 24, recordedDays: 3, recordedHours: 24 })).toBe(
      '培训 3 天 / 24 学时',
    );
  });

  it('adds the record and the outside training when the figures go beyond it', () => {
    expect(
      trainingStepSummary({
        days: 1,
        hours: 24,
        recordedDays: 1,
        recordedHours: 8,
        outside: '市委党校培训班',
      }),
    ).toBe('培训 1 天 / 24 学时（平台记录 1 天 / 8 学时；平台外：市委党校培训班）');
  });
});
