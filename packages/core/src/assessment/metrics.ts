/**
 * What a monthly branch assessment item (考核项) measures. Seven metrics Jiceng computes from its own
 * records (org life, attendance, dues, development, post claims, residents' requests, pairing visits);
 * 党务公开 has no module yet and is scored by hand with evidence until then; `manual` is always scored by
 * hand. A hand score on a computed item replaces the computed one (the committee's correction).
 */
export const ASSESSMENT_METRICS = [
  'meetings_held',
  'attendance_rate',
  'dues_collected',
  'development_on_time',
  'posts_claimed',
  'requests_answered',
  'disclosures_on_time',
  'pairing_visits',
  'manual',
] as const;
export type AssessmentMetric = (typeof ASSESSMENT_METRICS)[number];

/** The metrics scored automatically today; every other one needs a hand score with evidence. */
export const COMPUTED_METRICS = [
  'meetings_held',
  'attendance_rate',
  'dues_collected',
  'development_on_time',
  'posts_claimed',
  'requests_answered',
  'pairing_visits',
] as const satisfies readonly AssessmentMetric[];
export type ComputedMetric = (typeof COMPUTED_METRICS)[number];

export function isComputedMetric(metric: string): metric is ComputedMetric {
  return (COMPUTED_METRICS as readonly string[]).includes(metric);
}

export const ASSESSMENT_METRIC_LABELS: Record<AssessmentMetric, string> = {
  meetings_held: '组织生活完成率（自动）',
  attendance_rate: '党员参会率（自动）',
  dues_collected: '党费收缴率（自动）',
  development_on_time: '发展党员按期推进（自动）',
  posts_claimed: '党员岗位认领率（自动）',
  requests_answered: '群众诉求按时办结率（自动）',
  disclosures_on_time: '党务公开按时（手工评分）',
  pairing_visits: '结对户走访率（自动）',
  manual: '手工评分',
};

/** The scoring rule of each metric in words, as the items editor and the drawer show it. */
export const ASSESSMENT_METRIC_RULES: Record<AssessmentMetric, string> = {
  meetings_held:
    '本月到期的组织生活要求（月度要求，及季度、年度要求在其最后一个月）完成项数 ÷ 应完成项数 × 满分；本月无到期要求得满分',
  attendance_rate: '本月已归档会议的实到人次 ÷ 应到人次 × 满分；本月没有已归档的会议得 0 分',
  dues_collected: '本月实交党费 ÷ 应交党费 × 满分；全部免交得满分，本月未生成党费台账得 0 分',
  development_on_time: '月末无逾期的发展党员事项得满分，每逾期 1 项扣满分的四分之一，扣完为止（项目约定）',
  posts_claimed:
    '本月持有已通过岗位认领（含本月内结束的，本人撤回的不计）的在册党员人数 ÷ 在册党员人数 × 满分；在册党员按当前党员名册计（项目约定）；没有在册党员得满分（项目约定）',
  requests_answered:
    '办结期限在本月的群众诉求中，按时办结（响应、办结均未超期）的件数 ÷ 已有结果的件数（已办结的，及已过办结期限仍未办结的）× 满分；不予受理、已撤回的不计；本月无到期诉求得满分（项目约定）',
  disclosures_on_time: '党务公开按时、内容完整情况，由上级党组织凭佐证材料评分',
  pairing_visits:
    '本月有结对关系的帮扶户中，本月至少走访 1 次（作废的走访不计）的户数 ÷ 有结对关系的户数 × 满分；本月没有结对帮扶户得满分（项目约定）',
  manual: '由上级党组织凭佐证材料评分',
};

/** What Jiceng counted for one branch and month, per computed metric. */
export type MetricMeasure =
  | { metric: 'meetings_held'; met: number; due: number }
  | { metric: 'attendance_rate'; present: number; expected: number; meetings: number }
  | { metric: 'dues_collected'; collectedFen: number; dueFen: number; members: number }
  | { metric: 'development_on_time'; overdue: number; inDevelopment: number }
  /** Members on the roster, and those of them holding an approved claim on a post in the month. */
  | { metric: 'posts_claimed'; holding: number; members: number }
  /**
   * Requests due for resolution in the month whose outcome is known (`counted`), those resolved on time,
   * and those still open past the deadline: the service-requests module's on-time figures.
   */
  | { metric: 'requests_answered'; onTime: number; counted: number; overdueOpen: number }
  /** Households with a pairing active in the month, and those of them visited in the month. */
  | { metric: 'pairing_visits'; visited: number; paired: number };

export interface MetricScore {
  /** Tenths of a point: 75 is 7.5. */
  scoreTenths: number;
  /** The measurement in words, stored as the score's basis. */
  basis: string;
}

/** `part / whole × max` in tenths, rounded half up, never above max; exact integer arithmetic. */
export function rateTenths(part: number, whole: number, maxScore: number): number {
  if (whole <= 0) throw new RangeError('whole must be positive');
  const capped = Math.min(Math.max(part, 0), whole);
  return Math.floor((2 * capped * maxScore * 10 + whole) / (2 * whole));
}

function percentText(part: number, whole: number): string {
  return `${Math.round((Math.min(part, whole) * 1000) / whole) / 10}%`;
}

function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** The score of a measured metric on an item of `maxScore` points, with the rule of ASSESSMENT_METRIC_RULES. */
export function scoreMetric(measure: MetricMeasure, maxScore: number): MetricScore {
  const full = maxScore * 10;
  switch (measure.metric) {
    case 'meetings_held':
      if (measure.due === 0) return { scoreTenths: full, basis: '本月没有到期的组织生活要求' };
      return {
        scoreTenths: rateTenths(measure.met, measure.due, maxScore),
        basis: `本月应完成 ${measure.due} 项组织生活，已完成 ${measure.met} 项`,
      };
    case 'attendance_rate':
      if (measure.expected === 0) return { scoreTenths: 0, basis: '本月没有已归档的会议' };
      return {
        scoreTenths: rateTenths(measure.present, measure.expected, maxScore),
        basis: `本月 ${measure.meetings} 次会议应到 ${measure.expected} 人次，实到 ${measure.present} 人次（${percentText(measure.present, measure.expected)}）`,
      };
    case 'dues_collected':
      if (measure.members === 0) return { scoreTenths: 0, basis: '本月尚未生成党费台账' };
      if (measure.dueFen === 0)
        return { scoreTenths: full, basis: `本月 ${measure.members} 名党员均免交党费` };
      return {
        scoreTenths: rateTenths(measure.collectedFen, measure.dueFen, maxScore),
        basis: `本月应交 ${yuan(measure.dueFen)} 元，实交 ${yuan(measure.collectedFen)} 元（${percentText(measure.collectedFen, measure.dueFen)}）`,
      };
    case 'development_on_time': {
      if (measure.overdue === 0) {
        return {
          scoreTenths: full,
          basis:
            measure.inDevelopment === 0
              ? '本月没有在培养的发展对象，无逾期事项'
              : `在培养 ${measure.inDevelopment} 人，无逾期事项`,
        };
      }
      const deduction = Math.floor((measure.overdue * full) / 4);
      return {
        scoreTenths: Math.max(0, full - deduction),
        basis: `在培养 ${measure.inDevelopment} 人，逾期 ${measure.overdue} 项，每项扣满分的四分之一`,
      };
    }
    case 'posts_claimed':
      if (measure.members === 0) return { scoreTenths: full, basis: '支部没有在册党员' };
      return {
        scoreTenths: rateTenths(measure.holding, measure.members, maxScore),
        basis: `在册党员 ${measure.members} 名，本月认领岗位 ${measure.holding} 名（${percentText(measure.holding, measure.members)}）`,
      };
    case 'requests_answered': {
      if (measure.counted === 0) return { scoreTenths: full, basis: '本月无到期诉求' };
      const open = measure.overdueOpen ? `，${measure.overdueOpen} 件逾期未办结` : '';
      return {
        scoreTenths: rateTenths(measure.onTime, measure.counted, maxScore),
        basis: `本月到期诉求 ${measure.counted} 件，按时办结 ${measure.onTime} 件（${percentText(measure.onTime, measure.counted)}）${open}`,
      };
    }
    case 'pairing_visits':
      if (measure.paired === 0) return { scoreTenths: full, basis: '本月没有结对帮扶户' };
      return {
        scoreTenths: rateTenths(measure.visited, measure.paired, maxScore),
        basis: `本月结对帮扶 ${measure.paired} 户，已走访 ${measure.visited} 户（${percentText(measure.visited, measure.paired)}）`,
      };
  }
}

/** Tenths as the UI shows a score: `7.5`, `10`. */
export function tenthsText(tenths: number): string {
  return Number.isInteger(tenths / 10) ? String(tenths / 10) : (tenths / 10).toFixed(1);
}
