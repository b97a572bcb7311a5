import { describe, expect, it } from 'vitest';
import {
  assessmentItemsInputSchema,
  DEFAULT_ASSESSMENT_ITEMS,
  itemSetProblems,
  itemSetTotal,
  itemSetWarnings,
} from './items';
import { COMPUTED_METRICS } from './metrics';

const item = (key: string, maxScore = 10) => ({
  key,
  name: key,
  maxScore,
  metric: 'manual',
  description: null,
});

describe('the default items', () => {
  it('are ten items of 100 points with unique keys', () => {
    expect(DEFAULT_ASSESSMENT_ITEMS).toHaveLength(10);
    expect(itemSetTotal(DEFAULT_ASSESSMENT_ITEMS)).toBe(100);
    expect(itemSetProblems(DEFAULT_ASSESSMENT_ITEMS)).toEqual([]);
  });

  it('include every metric Jiceng computes', () => {
    const metrics = DEFAULT_ASSESSMENT_ITEMS.map((i) => i.metric);
    for (const m of COMPUTED_METRICS) expect(metrics).toContain(m);
  });

  it('pass the input schema', () => {
    expect(assessmentItemsInputSchema.safeParse({ items: DEFAULT_ASSESSMENT_ITEMS }).success).toBe(true);
  });
});

describe('an item set', () => {
  it('refuses a duplicate key, naming the item', () => {
    const result = assessmentItemsInputSchema.safeParse({ items: [item('a'), item('b'), item('a')] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['items', 2, 'key'], '标识“a”重复，每个考核项目的标识应唯一'],
    ]);
  });

  it('refuses a negative, zero or fractional maximum', () => {
    for (const maxScore of [-5, 0, 2.5]) {
      const result = assessmentItemsInputSchema.safeParse({ items: [item('a', maxScore)] });
      expect(result.error?.issues[0]?.path).toEqual(['items', 0, 'maxScore']);
    }
  });

  it('refuses an empty set', () => {
    expect(assessmentItemsInputSchema.safeParse({ items: [] }).error?.issues[0]?.message).toBe(
      '至少需要一个考核项目',
    );
  });

  it('allows a total other than 100 with a warning', () => {
    const items = [item('a', 30), item('b', 20)];
    expect(assessmentItemsInputSchema.safeParse({ items }).success).toBe(true);
    expect(itemSetWarnings(items)).toEqual(['满分合计 50 分，通常为 100 分']);
    expect(itemSetWarnings(DEFAULT_ASSESSMENT_ITEMS)).toEqual([]);
  });

  it('refuses an unknown metric', () => {
    const result = assessmentItemsInputSchema.safeParse({ items: [{ ...item('a'), metric: 'weather' }] });
    expect(result.error?.issues[0]?.message).toBe('评分方式不正确');
  });
});
