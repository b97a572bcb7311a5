import type { TermStatus } from '../org/term';

/**
 * 五个好 (common practice, from the 农村党组织 "五个好" standards: 领导班子好、党员干部队伍好、工作机制好、
 * 小康建设业绩好、农民群众反映好; the general wording below is used for every kind of branch).
 * The title is awarded only when all five are met.
 */
export const FIVE_GOOD_STANDARDS = [
  'leadership',
  'members',
  'mechanism',
  'performance',
  'public_opinion',
] as const;
export type FiveGoodStandard = (typeof FIVE_GOOD_STANDARDS)[number];

export const FIVE_GOOD_STANDARD_INFO: Record<FiveGoodStandard, { label: string; hint: string }> = {
  leadership: { label: '领导班子好', hint: '班子健全、按期换届，书记在岗' },
  members: { label: '党员队伍好', hint: '民主评议无不合格党员，按时交纳党费、无长期欠交' },
  mechanism: { label: '工作机制好', hint: '三会一课等组织生活按要求开展' },
  performance: { label: '工作业绩好', hint: '党费收缴、发展党员等工作完成好' },
  public_opinion: { label: '群众反映好', hint: '群众满意度测评等，须人工填写' },
};

export const FIVE_GOOD_RESULTS = ['awarded', 'not_awarded'] as const;
export type FiveGoodResult = (typeof FIVE_GOOD_RESULTS)[number];
export const FIVE_GOOD_RESULT_LABELS: Record<FiveGoodResult, string> = {
  awarded: '评为五个好党组织',
  not_awarded: '未评上',
};

/** Awarded only when every one of the five standards is met. */
export function fiveGoodResult(standards: Record<FiveGoodStandard, { met: boolean }>): FiveGoodResult {
  return FIVE_GOOD_STANDARDS.every((s) => standards[s].met) ? 'awarded' : 'not_awarded';
}

/** A standard of the five that is not met, for the form's message. */
export function unmetStandards(standards: Record<FiveGoodStandard, { met: boolean }>): FiveGoodStandard[] {
  return FIVE_GOOD_STANDARDS.filter((s) => !standards[s].met);
}

/** What Jiceng knows about an org's year, gathered by the server. */
export interface FiveGoodFacts {
  secretaryName: string | null;
  termStatus: TermStatus;
  fullMembers: number;
  reviewRecorded: boolean;
  reviewUnqualified: number;
  /** Members with three or more unpaid months of the year. */
  arrearsMembers: number;
  /** The year's org-life periods: met, overdue (ended, not met) and due (still running). */
  periodsMet: number;
  periodsOverdue: number;
  periodsDue: number;
  duesDueFen: number;
  duesCollectedFen: number;
  admitted: number;
}

/** Dues collected against due in basis points (10000 = all) a 工作业绩好 suggestion asks for (project convention). */
export const FIVE_GOOD_DUES_RATE_BP = 9500;

export interface FiveGoodSuggestionItem {
  /** Null when Jiceng has nothing to go on: the evaluator decides. */
  met: boolean | null;
  evidence: string;
}

const TERM_TEXT: Record<TermStatus, string> = {
  none: '未记录任期',
  current: '任期内',
  ending_soon: '任期即将届满',
  expired: '任期已届满未换届',
};

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part * 100) / whole).toFixed(1)}%`;
}

/** A draft per standard from the facts (project convention), to be confirmed or changed by hand. */
export function suggestFiveGood(facts: FiveGoodFacts): Record<FiveGoodStandard, FiveGoodSuggestionItem> {
  const rateBp =
    facts.duesDueFen === 0 ? null : Math.floor((facts.duesCollectedFen * 10000) / facts.duesDueFen);
  return {
    leadership: {
      met: facts.secretaryName !== null && facts.termStatus !== 'expired',
      evidence: `书记：${facts.secretaryName ?? '空缺'}；${TERM_TEXT[facts.termStatus]}`,
    },
    members: {
      met: facts.reviewRecorded && facts.reviewUnqualified === 0 && facts.arrearsMembers === 0,
      evidence:
        `正式党员 ${facts.fullMembers} 名；` +
        (facts.reviewRecorded ? `民主评议不合格 ${facts.reviewUnqualified} 名` : '本年度未记录民主评议') +
        `；欠交党费三个月及以上 ${facts.arrearsMembers} 名`,
    },
    mechanism: {
      met: facts.periodsOverdue === 0 && facts.periodsMet > 0,
      evidence: `组织生活：已完成 ${facts.periodsMet} 项次，未完成 ${facts.periodsOverdue} 项次，待完成 ${facts.periodsDue} 项次`,
    },
    performance: {
      met: rateBp !== null && rateBp >= FIVE_GOOD_DUES_RATE_BP,
      evidence: `党费收缴率 ${percent(facts.duesCollectedFen, facts.duesDueFen)}；本年度发展党员 ${facts.admitted} 名`,
    },
    public_opinion: {
      met: null,
      evidence: '平台无群众测评数据，请依据群众满意度测评等情况填写',
    },
  };
}
