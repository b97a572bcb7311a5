/**
 * What earns or costs a member points (issue 9). Points rules are local practice, not national rules
 * (`domain/README.md`: keep such values configurable); each source names the record that earns it.
 */
export const POINT_SOURCES = [
  'meeting_attendance',
  'dues_on_time',
  'volunteer_hours',
  'service_request_solved',
  'pairing_visit',
  'training_hours',
  'award',
  'violation',
  'manual',
] as const;
export type PointSource = (typeof POINT_SOURCES)[number];

export const POINT_SOURCE_LABELS: Record<PointSource, string> = {
  meeting_attendance: '参加组织生活',
  dues_on_time: '按时交纳党费',
  volunteer_hours: '志愿服务时长',
  service_request_solved: '办结群众诉求',
  pairing_visit: '结对帮扶走访',
  training_hours: '参加培训学时',
  award: '获得表彰',
  violation: '违纪违规扣分',
  manual: '个人申报（支部审核）',
};

/** What one unit of a source is, for the rule editor ("每次", "每小时"…). */
export const POINT_UNIT_LABELS: Record<PointSource, string> = {
  meeting_attendance: '每次出席',
  dues_on_time: '每月',
  volunteer_hours: '每小时',
  service_request_solved: '每件',
  pairing_visit: '每次走访',
  training_hours: '每学时',
  award: '每项',
  violation: '每次',
  manual: '每项',
};

/**
 * Sources whose records Jiceng keeps, so their points are derived: violations from the deductions the
 * branch records (`points_deductions`); only claims (`manual`) come from the member.
 */
export const DERIVED_POINT_SOURCES = [
  'meeting_attendance',
  'dues_on_time',
  'award',
  'volunteer_hours',
  'service_request_solved',
  'pairing_visit',
  'training_hours',
  'violation',
] as const satisfies readonly PointSource[];

/** Sources that take points away: a rule's points must be negative, its caps bound the deduction. */
export const DEDUCTION_SOURCES: readonly PointSource[] = ['violation'];

/**
 * A rule applies to a source and, where the source has kinds, to one kind: `meeting_attendance:theme_day`,
 * `award:outstanding_member`. A rule without a qualifier covers every kind not given its own rule.
 */
export function pointsRuleKey(source: PointSource, qualifier: string | null): string {
  return qualifier ? `${source}:${qualifier}` : source;
}
