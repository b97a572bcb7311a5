import { describe, expect, it } from 'vitest';
import {
  checkPointsRules,
  checkRuleQualifiers,
  DEFAULT_POINTS_RULES,
  pointsRuleKinds,
  resolvePointsRules,
  ruleFor,
  type OrgPointsRules,
  type PointsRule,
} from './rules';

const attendance = (points: number, over: Partial<PointsRule> = {}): PointsRule => ({
  source: 'meeting_attendance',
  qualifier: null,
  points,
  monthlyCap: 10,
  yearlyCap: null,
  childRange: { min: 1, max: 4 },
  ...over,
});
const county: OrgPointsRules = { orgId: 1, orgName: '青山县委', rules: [attendance(3)] };
const township: OrgPointsRules = {
  orgId: 2,
  orgName: '城关镇党委',
  rules: [attendance(2, { qualifier: 'theme_day', monthlyCap: 6, childRange: null })],
};

describe('resolving the rules in force for an org', () => {
  it('starts from the defaults', () => {
    const rules = resolvePointsRules([]);
    expect(rules).toHaveLength(DEFAULT_POINTS_RULES.length);
    expect(ruleFor(rules, 'dues_on_time', null)).toMatchObject({ points: 2, setByOrgName: '系统默认' });
  });

  it('inherits a rule set above by everything below it', () => {
    const branch: OrgPointsRules = { orgId: 3, orgName: '东街社区党支部', rules: [] };
    const rules = resolvePointsRules([county, township, branch]);
    expect(ruleFor(rules, 'meeting_attendance', 'general_meeting')).toMatchObject({
      points: 3,
      setByOrgId: 1,
    });
  });

  it('lets a lower level override, the lowest winning, and a kind its own rule', () => {
    const rules = resolvePointsRules([county, township]);
    expect(ruleFor(rules, 'meeting_attendance', 'theme_day')).toMatchObject({ points: 2, setByOrgId: 2 });
    expect(ruleFor(rules, 'meeting_attendance', 'lecture')).toMatchObject({ points: 3, setByOrgId: 1 });
  });
});

describe('checking the rules an org proposes', () => {
  const inherited = resolvePointsRules([county]);

  it('accepts points within the range the level above allows', () => {
    expect(checkPointsRules(inherited, [attendance(4, { childRange: null })])).toEqual([]);
  });

  it('refuses points outside the range, naming the org that set it', () => {
    const [problem] = checkPointsRules(inherited, [attendance(5, { childRange: null })]);
    expect(problem).toMatchObject({ field: 'points' });
    expect(problem!.message).toContain('青山县委允许的分值范围为 1 至 4 分');
  });

  it('refuses any change where the level above allows none', () => {
    const below = resolvePointsRules([county, township]);
    const problems = checkPointsRules(below, [
      attendance(3, { qualifier: 'theme_day', monthlyCap: 6, childRange: null }),
    ]);
    expect(problems[0]!.message).toContain('城关镇党委规定的分值（2 分）下级不能调整');
  });

  it('refuses a cap below zero, above the cap above, or removed', () => {
    expect(
      checkPointsRules(inherited, [attendance(3, { monthlyCap: -1, childRange: null })])[0],
    ).toMatchObject({
      field: 'monthlyCap',
    });
    expect(
      checkPointsRules(inherited, [attendance(3, { monthlyCap: 12, childRange: null })])[0]!.message,
    ).toContain('不能高于青山县委规定的 10 分');
    expect(
      checkPointsRules(inherited, [attendance(3, { monthlyCap: null, childRange: null })])[0]!.message,
    ).toContain('下级不能取消上限');
  });

  it('refuses a child range wider than its own range or not containing its points', () => {
    expect(
      checkPointsRules(inherited, [attendance(3, { childRange: { min: 1, max: 6 } })])[0]!.message,
    ).toContain('不能超出青山县委允许的 1 至 4 分');
    expect(
      checkPointsRules(inherited, [attendance(3, { childRange: { min: 1, max: 2 } })])[0]!.message,
    ).toContain('应包含本级分值');
  });

  it('keeps deductions negative and additions not', () => {
    const problems = checkPointsRules(resolvePointsRules([]), [
      {
        source: 'violation',
        qualifier: null,
        points: 10,
        monthlyCap: null,
        yearlyCap: null,
        childRange: null,
      },
    ]);
    expect(problems.map((p) => p.message)).toContain('“违纪违规扣分”：扣分项的分值应为负数');
  });

  it('refuses the same rule twice', () => {
    expect(
      checkPointsRules(inherited, [attendance(3, { childRange: null }), attendance(2, { childRange: null })]),
    ).toEqual([expect.objectContaining({ message: '“参加组织生活”重复设置' })]);
  });
});

describe('the kinds a rule may single out', () => {
  const kinds = pointsRuleKinds([{ key: 'red_saturday', label: '红色星期六' }]);

  it('offers every meeting kind with its Chinese name, the org’s custom kinds among them', () => {
    expect(kinds).toContainEqual({ source: 'meeting_attendance', qualifier: 'theme_day', label: '主题党日' });
    expect(kinds).toContainEqual({
      source: 'meeting_attendance',
      qualifier: 'red_saturday',
      label: '红色星期六',
    });
  });

  it('offers the awards to a person but not those to an org', () => {
    const awards = kinds.filter((k) => k.source === 'award').map((k) => k.qualifier);
    expect(awards).toContain('outstanding_member');
    expect(awards).not.toContain('advanced_org');
  });

  it('accepts a rule for a kind the org has, and a rule without a kind', () => {
    expect(
      checkRuleQualifiers(kinds, [
        attendance(3),
        attendance(4, { qualifier: 'red_saturday' }),
        { source: 'award', qualifier: 'outstanding_member' },
      ]),
    ).toEqual([]);
  });

  it('refuses a meeting kind the org does not have, naming the qualifier field', () => {
    expect(checkRuleQualifiers(kinds, [attendance(3, { qualifier: 'blue_monday' })])).toEqual([
      {
        rule: 'points.rules',
        field: 'qualifier',
        message: '“参加组织生活”：“blue_monday”不是本组织可用的活动类别',
      },
    ]);
  });

  it('refuses an award to an org as a kind of the award rule', () => {
    expect(checkRuleQualifiers(kinds, [{ source: 'award', qualifier: 'advanced_org' }])[0]?.message).toBe(
      '“获得表彰”：“advanced_org”不是可计积分的个人表彰类别',
    );
  });

  it('refuses a kind for a source that has none', () => {
    expect(checkRuleQualifiers(kinds, [{ source: 'dues_on_time', qualifier: 'march' }])[0]).toMatchObject({
      field: 'qualifier',
      message: '“按时交纳党费”不分类别，不能按“march”单独设置',
    });
  });

  it('names a kind by its Chinese name in the messages about its rule', () => {
    const [problem] = checkPointsRules(
      resolvePointsRules([county]),
      [attendance(9, { qualifier: 'red_saturday', childRange: null })],
      kinds,
    );
    expect(problem!.message).toContain('“参加组织生活（红色星期六）”');
  });
});
