import ExcelJS from 'exceljs';
import {
  admissionTrainingText,
  ATTENDANCE_MARK_LABELS,
  STAGE_LABELS,
  TRAINING_AUDIENCE_LABELS,
  type IsoDate,
  type TrainingCourseDetail,
} from '@jiceng/core';
import type { Writable } from 'node:stream';
import type { RequestContext } from '../../auth/actor';
import type { Db } from '../../db/connection';
import { courseDetail } from './detail';

/** The course's detail and the file name, computed before anything is streamed (a refusal is still JSON). */
export async function rosterExport(
  db: Db,
  ctx: RequestContext,
  courseId: number,
  today: IsoDate,
): Promise<{ detail: TrainingCourseDetail; fileName: string }> {
  const detail = await courseDetail(db, ctx, courseId, today);
  return { detail, fileName: `${detail.course.title}学员名单及出勤.xlsx` };
}

/** One row per trainee: a column per session with the mark, then days and class hours present. */
export async function writeRoster(detail: TrainingCourseDetail, out: Writable): Promise<void> {
  const { course, sessions, roster } = detail;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('学员名单', { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  const title = sheet.addRow([
    `${course.title}（${course.organizerName}，${TRAINING_AUDIENCE_LABELS[course.audience]}，${course.startsOn} 至 ${course.endsOn}，计划 ${course.plannedHours} 学时）`,
  ]);
  title.font = { bold: true };
  title.commit();
  const candidates = roster.some((r) => r.admission);
  sheet.columns = [
    { key: 'name', width: 12 },
    { key: 'org', width: 28 },
    { key: 'stage', width: 10 },
    ...sessions.map((s) => ({ key: `s${s.id}`, width: 16 })),
    { key: 'days', width: 10 },
    { key: 'hours', width: 10 },
    ...(candidates ? [{ key: 'd9', width: 34 }] : []),
  ];
  const header = sheet.addRow({
    name: '姓名',
    org: '所在党组织',
    stage: '阶段',
    ...Object.fromEntries(sessions.map((s) => [`s${s.id}`, `${s.heldOn} ${s.topic}（${s.hours} 学时）`])),
    days: '出席天数',
    hours: '学时',
    ...(candidates ? { d9: '发展对象培训（D9）' } : {}),
  });
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.commit();
  for (const r of roster) {
    sheet
      .addRow({
        name: r.name,
        org: r.orgName,
        stage: r.stage ? STAGE_LABELS[r.stage] : '',
        ...Object.fromEntries(
          sessions.map((s) => {
            const mark = r.marks[String(s.id)];
            return [`s${s.id}`, mark ? ATTENDANCE_MARK_LABELS[mark] : ''];
          }),
        ),
        days: r.days,
        hours: r.hours,
        ...(r.admission ? { d9: admissionTrainingText(r.admission) } : {}),
      })
      .commit();
  }
  const total = sheet.addRow({
    name: '合计',
    org: `${roster.length} 人`,
    hours: roster.reduce((s, r) => s + r.hours, 0),
  });
  total.font = { bold: true };
  total.commit();
  sheet.commit();
  await workbook.commit();
}
