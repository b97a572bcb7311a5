import { describe, expect, it } from 'vitest';
import {
  BASE_REQUIREMENTS,
  checkLocalRule,
  effectiveRequirements,
  localRuleInputSchema,
  type LocalRule,
} from './requirements';

const rule = (over: Partial<LocalRule> & Pick<LocalRule, 'kind' | 'per'>): LocalRule => ({
  minCount: 1,
  setByOrgId: 1,
  setByOrgDepth: 0,
  ...over,
});

const find = (kind: string, rules: LocalRule[]) =>
  effectiveRequirements(BASE_REQUIREMENTS, rules).find((r) => r.kind === kind);

describe('base requirements (org-life.md table)', () => {
  it('follow the table of required activities', () => {
    expect(BASE_REQUIREMENTS.map((r) => [r.kind, r.per, r.appliesTo])).toEqual([
      ['general_meeting', 'quarter', 'branch'],
      ['committee_meeting', 'month', 'branch_with_committee'],
      ['group_meeting', 'month', 'group'],
      ['lecture', 'quarter', 'branch'],
      ['theme_day', 'month', 'branch'],
      ['life_meeting', 'year', 'branch'],
      ['member_review', 'year', 'branch'],
    ]);
  });

  it('mark the quarterly lecture as common practice', () => {
    expect(BASE_REQUIREMENTS.find((r) => r.kind === 'lecture')?.basis).toBe('common_practice');
  });
});

describe('checkLocalRule', () => {
  it('allows a shorter period than the base', () => {
    expect(checkLocalRule(rule({ kind: 'lecture', per: 'month' }))).toEqual([]);
  });

  it('allows the base itself', () => {
    expect(checkLocalRule(rule({ kind: 'lecture', per: 'quarter' }))).toEqual([]);
  });

  it('refuses a longer period than the base and cites the rule', () => {
    expect(checkLocalRule(rule({ kind: 'general_meeting', per: 'year', minCount: 4 }))).toEqual([
      expect.objectContaining({ rule: 'org-life.md L1', field: 'per' }),
    ]);
  });

  it('refuses a count below the base for the same period', () => {
    const base = [{ ...BASE_REQUIREMENTS[0]!, minCount: 2 }];
    expect(
      checkLocalRule(rule({ kind: 'general_meeting', per: 'quarter', minCount: 1 }), base)[0]?.field,
    ).toBe('minCount');
  });

  it('counts a monthly rule as three per quarter against a base of three, not of four', () => {
    const base = (minCount: number) => [{ ...BASE_REQUIREMENTS[0]!, minCount }];
    expect(checkLocalRule(rule({ kind: 'general_meeting', per: 'month' }), base(3))).toEqual([]);
    expect(checkLocalRule(rule({ kind: 'general_meeting', per: 'month' }), base(4))).toHaveLength(1);
  });

  it('allows any custom kind', () => {
    expect(checkLocalRule(rule({ kind: 'red_saturday', per: 'year', label: '红色星期六' }))).toEqual([]);
  });

  it('refuses a fixed day on a quarterly rule', () => {
    expect(checkLocalRule(rule({ kind: 'lecture', per: 'quarter', fixedDay: 1 }))[0]?.field).toBe('fixedDay');
  });
});

describe('effectiveRequirements', () => {
  it('is the base without local rules', () => {
    expect(effectiveRequirements(BASE_REQUIREMENTS, [])).toEqual(BASE_REQUIREMENTS);
  });

  it('takes a stricter local rule with its fixed day and setting org', () => {
    expect(
      find('theme_day', [rule({ kind: 'theme_day', per: 'month', fixedDay: 15, setByOrgId: 7 })]),
    ).toMatchObject({
      per: 'month',
      fixedDay: 15,
      basis: 'local',
      setByOrgId: 7,
      appliesTo: 'branch',
    });
  });

  it('lets the deeper org override the shallower one for the same kind', () => {
    const county = rule({ kind: 'lecture', per: 'month', minCount: 2, setByOrgId: 1, setByOrgDepth: 0 });
    const township = rule({ kind: 'lecture', per: 'month', minCount: 1, setByOrgId: 2, setByOrgDepth: 1 });
    expect(find('lecture', [township, county])).toMatchObject({ minCount: 1, setByOrgId: 2 });
  });

  it('ignores a weaker rule and falls back to the shallower one', () => {
    const county = rule({ kind: 'lecture', per: 'month', setByOrgId: 1, setByOrgDepth: 0 });
    const township = rule({ kind: 'lecture', per: 'year', setByOrgId: 2, setByOrgDepth: 1 });
    expect(find('lecture', [county, township])).toMatchObject({ per: 'month', setByOrgId: 1 });
  });

  it('ignores a weaker rule and keeps the base when none other is set', () => {
    expect(find('general_meeting', [rule({ kind: 'general_meeting', per: 'year' })])).toBe(
      BASE_REQUIREMENTS[0],
    );
  });

  it('keeps a stricter group meeting per group', () => {
    expect(
      find('group_meeting', [rule({ kind: 'group_meeting', per: 'month', minCount: 2 })])?.appliesTo,
    ).toBe('group');
  });

  it('adds a custom kind for the whole branch after the base kinds', () => {
    const result = effectiveRequirements(BASE_REQUIREMENTS, [
      rule({ kind: 'red_saturday', per: 'month', label: '红色星期六' }),
    ]);
    expect(result).toHaveLength(BASE_REQUIREMENTS.length + 1);
    expect(result.at(-1)).toMatchObject({ kind: 'red_saturday', label: '红色星期六', appliesTo: 'branch' });
  });
});

describe('localRuleInputSchema', () => {
  it('accepts a monthly theme day on the 15th', () => {
    expect(
      localRuleInputSchema.safeParse({ kind: 'theme_day', per: 'month', minCount: 1, fixedDay: 15 }).success,
    ).toBe(true);
  });

  it('accepts fixed days 1 and 31 and refuses 0 and 32', () => {
    const parse = (fixedDay: number) =>
      localRuleInputSchema.safeParse({ kind: 'theme_day', per: 'month', minCount: 1, fixedDay }).success;
    expect([parse(0), parse(1), parse(31), parse(32)]).toEqual([false, true, true, false]);
  });

  it('refuses a custom kind without a label, in Chinese', () => {
    const result = localRuleInputSchema.safeParse({ kind: 'red_saturday', per: 'month', minCount: 1 });
    expect(result.error?.issues[0]).toMatchObject({ path: ['label'], message: '自定义活动须填写活动名称' });
  });

  it('refuses a count of zero', () => {
    expect(localRuleInputSchema.safeParse({ kind: 'lecture', per: 'month', minCount: 0 }).success).toBe(
      false,
    );
  });
});
