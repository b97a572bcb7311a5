import { ATTENDANCE_MARKS, type AttendanceMark } from '../org-life/attendance';
import type { Stage } from '../person/enums';

/** Who a course is for (培训对象); it decides who may be enrolled and whether hours count toward D9. */
export const TRAINING_AUDIENCES = [
  'village_cadres',
  'development_candidates',
  'members',
  'secretaries',
  'other',
] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];

export const TRAINING_AUDIENCE_LABELS: Record<TrainingAudience, string> = {
  village_cadres: '村干部',
  development_candidates: '发展对象',
  members: '党员',
  secretaries: '支部书记',
  other: '其他',
};

/** Attendance at a session uses the org-life marks: 出席 / 缺席 / 请假. */
export const TRAINING_MARKS = ATTENDANCE_MARKS;
export type TrainingMark = AttendanceMark;

/**
 * Only a course for development candidates is the 集中培训 of step 11 (development.md D9): hours at a
 * village-cadre or members' course do not count toward admission.
 */
export function countsTowardAdmission(audience: TrainingAudience): boolean {
  return audience === 'development_candidates';
}

/** Why a person may not be enrolled in a course for this audience, or null. */
export function enrolmentViolation(
  audience: TrainingAudience,
  person: { name: string; stage: Stage | null; standing: string },
): string | null {
  if (person.standing !== 'active') return `${person.name}已不在册，不能参加培训`;
  if (audience === 'development_candidates' && person.stage !== 'candidate') {
    return `${person.name}不是发展对象，不能参加发展对象培训`;
  }
  if (audience === 'members' && person.stage !== 'probationary' && person.stage !== 'full') {
    return `${person.name}不是党员，不能参加党员培训`;
  }
  return null;
}
