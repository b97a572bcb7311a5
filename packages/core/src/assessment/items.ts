import { z } from 'zod';
import { ASSESSMENT_METRICS, type AssessmentMetric } from './metrics';

/** One item a committee assesses its branches on every month, and how it is scored. */
export interface AssessmentItem {
  key: string;
  name: string;
  /** Whole points; a score is given in tenths of a point up to this. */
  maxScore: number;
  metric: AssessmentMetric;
  description: string | null;
}

/**
 * The ten items used where no committee up the tree has set its own (project convention: the common
 * shape of township 支部月度考核 tables, 100 points in all). Jiceng computes all but 党务公开 and the
 * last two.
 */
export const DEFAULT_ASSESSMENT_ITEMS: readonly AssessmentItem[] = [
  {
    key: 'meetings',
    name: '组织生活',
    maxScore: 15,
    metric: 'meetings_held',
    description: '按规定开展三会一课、主题党日等组织生活',
  },
  {
    key: 'attendance',
    name: '党员参会',
    maxScore: 10,
    metric: 'attendance_rate',
    description: '党员参加本月组织生活的出席情况',
  },
  { key: 'dues', name: '党费收缴', maxScore: 10, metric: 'dues_collected', description: '按月足额收缴党费' },
  {
    key: 'development',
    name: '发展党员',
    maxScore: 10,
    metric: 'development_on_time',
    description: '发展党员各环节按期推进，无逾期事项',
  },
  {
    key: 'posts',
    name: '设岗定责',
    maxScore: 10,
    metric: 'posts_claimed',
    description: '党员认领岗位、履行岗位职责',
  },
  {
    key: 'requests',
    name: '为民服务',
    maxScore: 10,
    metric: 'requests_answered',
    description: '群众诉求及时受理、按时办结',
  },
  {
    key: 'disclosure',
    name: '党务公开',
    maxScore: 10,
    metric: 'disclosures_on_time',
    description: '党务、村务按时公开，内容完整',
  },
  {
    key: 'visits',
    name: '联系群众',
    maxScore: 10,
    metric: 'pairing_visits',
    description: '党员结对联系、走访群众',
  },
  {
    key: 'study',
    name: '学习教育',
    maxScore: 5,
    metric: 'manual',
    description: '开展理论学习和专题教育',
  },
  {
    key: 'records',
    name: '阵地台账',
    maxScore: 10,
    metric: 'manual',
    description: '党员活动阵地、工作台账规范完整',
  },
];

/** The usual total of an item set; another total is allowed and shown as a warning. */
export const USUAL_ASSESSMENT_TOTAL = 100;
export const MAX_ASSESSMENT_ITEMS = 30;

export const assessmentItemSchema = z.strictObject({
  key: z
    .string({ message: '标识应为文字' })
    .regex(/^[a-z][a-z0-9_]{0,39}$/, { message: '标识应以小写字母开头，只含小写字母、数字和下划线' }),
  name: z
    .string({ message: '考核项目名称应为文字' })
    .trim()
    .min(1, { message: '请填写考核项目名称' })
    .max(30, { message: '考核项目名称不能超过 30 个字' }),
  maxScore: z
    .number({ message: '满分应为数字' })
    .int({ message: '满分应为正整数' })
    .min(1, { message: '满分应为正整数，不能为 0 或负数' })
    .max(100, { message: '满分不能超过 100 分' }),
  metric: z.enum(ASSESSMENT_METRICS, { message: '评分方式不正确' }),
  description: z.string().trim().max(200, { message: '说明不能超过 200 个字' }).nullable().default(null),
});

export interface ItemSetProblem {
  /** Path into `{ items }`, e.g. `['items', 3, 'key']`. */
  path: (string | number)[];
  message: string;
}

/** Errors that refuse an item set beyond each item's own checks: duplicate keys, too few or too many items. */
export function itemSetProblems(items: readonly Pick<AssessmentItem, 'key'>[]): ItemSetProblem[] {
  const problems: ItemSetProblem[] = [];
  if (items.length === 0) problems.push({ path: ['items'], message: '至少需要一个考核项目' });
  if (items.length > MAX_ASSESSMENT_ITEMS) {
    problems.push({ path: ['items'], message: `考核项目不能超过 ${MAX_ASSESSMENT_ITEMS} 个` });
  }
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.key)) {
      problems.push({
        path: ['items', i, 'key'],
        message: `标识“${item.key}”重复，每个考核项目的标识应唯一`,
      });
    }
    seen.add(item.key);
  });
  return problems;
}

export function itemSetTotal(items: readonly Pick<AssessmentItem, 'maxScore'>[]): number {
  return items.reduce((sum, item) => sum + item.maxScore, 0);
}

/** Advice that does not refuse the set: a total other than 100. */
export function itemSetWarnings(items: readonly Pick<AssessmentItem, 'maxScore'>[]): string[] {
  const total = itemSetTotal(items);
  return total === USUAL_ASSESSMENT_TOTAL
    ? []
    : [`满分合计 ${total} 分，通常为 ${USUAL_ASSESSMENT_TOTAL} 分`];
}

export const assessmentItemsInputSchema = z
  .strictObject({ items: z.array(assessmentItemSchema, { message: '考核项目应为列表' }) })
  .superRefine((value, ctx) => {
    for (const problem of itemSetProblems(value.items)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });
export type AssessmentItemsInput = z.infer<typeof assessmentItemsInputSchema>;
