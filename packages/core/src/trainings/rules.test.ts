import { describe, expect, it } from 'vitest';
import { countsTowardAdmission, enrolmentViolation } from './kinds';
import { trainingCourseInputSchema, trainingSessionInputSchema } from './schemas';

const person = (stage: 'applicant' | 'activist' | 'candidate' | 'probationary' | 'full' | null) => ({
  name: '张三',
  stage,
  standing: 'active',
});

describe('who may be enrolled', () => {
  it('takes only development candidates into a candidates course', () => {
    expect(enrolmentViolation('development_candidates', person('candidate'))).toBeNull();
    expect(enrolmentViolation('development_candidates', person('activist'))).toBe(
      '张三不是发展对象，不能参加发展对象培训',
    );
  });

  it('takes only members into a members course', () => {
    expect(enrolmentViolation('members', person('full'))).toBeNull();
    expect(enrolmentViolation('members', person('candidate'))).toContain('不是党员');
  });

  it('takes anyone on record into a village cadres course, but nobody who has left', () => {
    expect(enrolmentViolation('village_cadres', person(null))).toBeNull();
    expect(enrolmentViolation('village_cadres', { ...person('full'), standing: 'deceased' })).toContain(
      '不在册',
    );
  });
});

describe('which courses count toward admission (D9)', () => {
  it('is only the course for development candidates', () => {
    expect(countsTowardAdmission('development_candidates')).toBe(true);
    expect(countsTowardAdmission('village_cadres')).toBe(false);
    expect(countsTowardAdmission('members')).toBe(false);
  });
});

describe('course and session input', () => {
  const course = {
    organizerOrgId: 1,
    title: '发展对象培训班',
    audience: 'development_candidates',
    plannedHours: 24,
    startsOn: '2024-05-06',
    endsOn: '2024-05-08',
  };

  it('accepts a plain course', () => {
    expect(trainingCourseInputSchema.safeParse(course).success).toBe(true);
  });

  it('refuses an end before the start, naming endsOn', () => {
    const result = trainingCourseInputSchema.safeParse({ ...course, endsOn: '2024-05-01' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['endsOn'] });
    expect(result.error!.issues[0]!.message).toContain('结束日期');
  });

  it.each([
    [0.5, true],
    [12, true],
    [0, false],
    [12.5, false],
    [1.25, false],
  ])('takes %d class hours for a session: %s', (hours, ok) => {
    const result = trainingSessionInputSchema.safeParse({ heldOn: '2024-05-06', hours, topic: '党章' });
    expect(result.success).toBe(ok);
  });

  it('names the hours in its message', () => {
    const result = trainingSessionInputSchema.safeParse({ heldOn: '2024-05-06', hours: 13, topic: '党章' });
    expect(result.error!.issues[0]!.message).toBe('学时应在 0.5–12 学时之间');
  });
});
