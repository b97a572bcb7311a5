import {
  TRAINING_AUDIENCES,
  countsTowardAdmission,
  trainingTotals,
  type IsoDate,
  type TrainingMark,
  type TrainingTotals,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';

const ADMISSION_AUDIENCES = TRAINING_AUDIENCES.filter(countsTowardAdmission);

/** Every mark of these people at sessions held on or before `asOf`, with the session's course. */
export async function attendanceOf(
  tx: Tx,
  personIds: readonly number[],
  asOf: IsoDate,
  options: { admissionOnly?: boolean } = {},
) {
  if (personIds.length === 0) return [];
  const ids = sql`ARRAY[${sql.join(
    personIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::int[]`;
  const audiences = sql`ARRAY[${sql.join(
    ADMISSION_AUDIENCES.map((a) => sql`${a}`),
    sql`, `,
  )}]::text[]`;
  const { rows } = await tx.execute<{
    person_id: number;
    course_id: number;
    held_on: string;
    hours: number;
    mark: TrainingMark;
  }>(sql`
    SELECT a.person_id, s.course_id, s.held_on, s.hours, a.mark
      FROM training_attendance a
      JOIN training_sessions s ON s.id = a.session_id
      JOIN training_courses c ON c.id = s.course_id
     WHERE a.person_id = ANY(${ids}) AND s.held_on <= ${asOf}::date
       ${options.admissionOnly ? sql`AND c.audience = ANY(${audiences})` : sql``}`);
  return rows.map((r) => ({
    personId: Number(r.person_id),
    courseId: Number(r.course_id),
    date: String(r.held_on),
    hours: Number(r.hours),
    mark: r.mark,
  }));
}

/**
 * The training that counts toward admission (development.md D9) for each person, up to a date: the
 * days and class hours present at courses for development candidates. Step 11 and the development
 * board read these figures.
 */
export async function admissionTrainingTotals(
  tx: Tx,
  personIds: readonly number[],
  asOf: IsoDate,
): Promise<Map<number, TrainingTotals>> {
  const marks = await attendanceOf(tx, personIds, asOf, { admissionOnly: true });
  return new Map(
    personIds.map((id) => [id, trainingTotals(marks.filter((m) => m.personId === id))] as const),
  );
}
