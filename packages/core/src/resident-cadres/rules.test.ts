import { describe, expect, it } from 'vitest';
import {
  cadreKey,
  endViolation,
  firstSecretaryModeViolation,
  firstSecretaryViolation,
  periodsOverlap,
  presenceViolation,
  stationedOverlapViolation,
  type AssignmentFacts,
} from './rules';

const stationed = (
  from: string,
  to: string | null,
  extra: Partial<AssignmentFacts> = {},
): AssignmentFacts => ({
  mode: 'stationed',
  firstSecretary: false,
  state: 'active',
  from,
  to,
  ...extra,
});

describe('periods', () => {
  it('overlap when they share a day, ends included', () => {
    expect(periodsOverlap({ from: '2026-01-01', to: '2026-06-30' }, { from: '2026-06-30', to: null })).toBe(
      true,
    );
  });

  it('do not overlap when one ends the day before the other starts', () => {
    expect(periodsOverlap({ from: '2026-01-01', to: '2026-06-29' }, { from: '2026-06-30', to: null })).toBe(
      false,
    );
  });

  it('overlap when both are open-ended', () => {
    expect(periodsOverlap({ from: '2020-01-01', to: null }, { from: '2026-01-01', to: null })).toBe(true);
  });
});

describe('the cadre key', () => {
  it('is the person for a cadre from the archives', () => {
    expect(cadreKey({ personId: 7, phoneHash: 'h', name: '张三', workUnit: '县财政局' })).toBe('p:7');
  });

  it('is the phone for an outside cadre with one, else the name and work unit', () => {
    expect(cadreKey({ personId: null, phoneHash: 'abc', name: '张三', workUnit: '县财政局' })).toBe('t:abc');
    expect(cadreKey({ personId: null, phoneHash: null, name: ' 张三 ', workUnit: '县财政局' })).toBe(
      'n:张三|县财政局',
    );
  });
});

describe('R1: stationed periods of one cadre', () => {
  it('refuses a second stationed period that overlaps an active one', () => {
    const v = stationedOverlapViolation(stationed('2026-03-01', null), [
      stationed('2026-01-01', '2026-12-31', { villageName: '东村' }),
    ]);
    expect(v).toMatchObject({ rule: 'resident-cadres R1', field: 'from' });
    expect(v!.message).toContain('东村');
  });

  it('allows a stationed period after the earlier one ends', () => {
    expect(
      stationedOverlapViolation(stationed('2027-01-01', null), [stationed('2026-01-01', '2026-12-31')]),
    ).toBeNull();
  });

  it('allows help and liaison alongside a stationed period', () => {
    const other = stationed('2026-01-01', null);
    expect(
      stationedOverlapViolation({ ...stationed('2026-02-01', null), mode: 'liaison' }, [other]),
    ).toBeNull();
  });

  it('ignores ended assignments and the assignment itself', () => {
    expect(
      stationedOverlapViolation(stationed('2026-02-01', null), [
        stationed('2026-01-01', null, { state: 'ended' }),
      ]),
    ).toBeNull();
    expect(
      stationedOverlapViolation(stationed('2026-02-01', null, { id: 3 }), [
        stationed('2026-01-01', null, { id: 3 }),
      ]),
    ).toBeNull();
  });
});

describe('R2: one first secretary per village', () => {
  const first = (from: string, to: string | null) => stationed(from, to, { firstSecretary: true });

  it('refuses a second first secretary at the same time, naming the day a successor may start', () => {
    const v = firstSecretaryViolation(first('2026-05-01', null), [first('2025-01-01', '2026-12-31')]);
    expect(v).toMatchObject({
      rule: 'resident-cadres R2',
      field: 'firstSecretary',
      allowedFrom: '2027-01-01',
    });
  });

  it('allows a successor from the day after the predecessor ends', () => {
    expect(
      firstSecretaryViolation(first('2027-01-01', null), [first('2025-01-01', '2026-12-31')]),
    ).toBeNull();
  });

  it('allows other stationed cadres beside the first secretary', () => {
    expect(firstSecretaryViolation(stationed('2026-05-01', null), [first('2025-01-01', null)])).toBeNull();
  });
});

describe('R3: a first secretary is stationed', () => {
  it('refuses a first secretary in the help mode', () => {
    expect(firstSecretaryModeViolation({ mode: 'help', firstSecretary: true })).toMatchObject({
      field: 'mode',
    });
    expect(firstSecretaryModeViolation({ mode: 'stationed', firstSecretary: true })).toBeNull();
  });
});

describe('R4, R5: presence days', () => {
  const period = { from: '2026-03-01', to: '2026-08-31' };

  it('refuses a day in the future', () => {
    expect(presenceViolation('2026-06-02', period, '2026-06-01')).toMatchObject({
      rule: 'resident-cadres R4',
    });
  });

  it('refuses a day before the period or after it', () => {
    expect(presenceViolation('2026-02-28', period, '2026-12-01')).toMatchObject({
      rule: 'resident-cadres R5',
    });
    expect(presenceViolation('2026-09-01', period, '2026-12-01')).toMatchObject({
      rule: 'resident-cadres R5',
    });
  });

  it('accepts today and the period bounds', () => {
    expect(presenceViolation('2026-06-01', period, '2026-06-01')).toBeNull();
    expect(presenceViolation('2026-03-01', period, '2026-12-01')).toBeNull();
    expect(presenceViolation('2026-08-31', period, '2026-12-01')).toBeNull();
  });
});

describe('R6: ending an assignment', () => {
  const period = { from: '2026-03-01', to: '2026-08-31' };

  it('refuses an end before the start, after the period or in the future', () => {
    expect(endViolation('2026-02-01', period, '2026-12-01')).toMatchObject({ field: 'endedOn' });
    expect(endViolation('2026-09-01', period, '2026-12-01')).toMatchObject({ field: 'endedOn' });
    expect(endViolation('2026-06-02', period, '2026-06-01')).toMatchObject({ field: 'endedOn' });
  });

  it('accepts an end within the period', () => {
    expect(endViolation('2026-06-01', period, '2026-06-01')).toBeNull();
  });
});
