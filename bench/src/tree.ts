import type { OrgKind, UnitKind } from '@jiceng/core';
import { seededRandom } from '../../packages/server/src/demo/random';

/** One generated org, in the column layout of table `orgs`. */
export interface GeneratedOrg {
  id: number;
  parentId: number | null;
  path: string;
  depth: number;
  tenantOrgId: number;
  kind: OrgKind;
  name: string;
  code: string;
  unitKind: UnitKind | null;
  mayApproveAdmissions: boolean;
  termStartedOn: string;
  termYears: number;
}

interface Node {
  kind: OrgKind;
  name: string;
  unitKind: UnitKind | null;
  children: Node[];
}

export const TOWNSHIPS = [
  '城关镇',
  '河西镇',
  '柳林乡',
  '马坊镇',
  '石桥镇',
  '新庄乡',
  '白塔镇',
  '双河镇',
  '龙泉镇',
  '杨柳镇',
  '高庙乡',
  '清水镇',
  '大营镇',
  '南关镇',
  '北岗乡',
  '东湖镇',
  '西山乡',
  '黄庄镇',
  '桃园镇',
  '青龙镇',
] as const;

const SURNAMES =
  '张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const VILLAGE_SUFFIXES = [
  '庄',
  '家湾',
  '家沟',
  '营',
  '寨',
  '集',
  '家坡',
  '屯',
  '家岭',
  '店',
  '堡',
  '河',
  '楼',
  '家洼',
  '台',
];
const COMMUNITIES =
  '幸福 和平 建设 人民 文化 新华 光明 团结 胜利 振兴 育才 滨河 朝阳 东风 红旗 锦绣 长安 和谐 春晖 康宁 北苑 南苑 西园 东园 新城 兴华 丰收 向阳 前进 民主'.split(
    ' ',
  );
/** Units every township has once. */
const TOWNSHIP_UNITS: { name: string; unitKind: UnitKind }[] = [
  { name: '人民政府机关', unitKind: 'agency' },
  { name: '中心小学', unitKind: 'school' },
  { name: '初级中学', unitKind: 'school' },
  { name: '卫生院', unitKind: 'institution' },
  { name: '农业综合服务中心', unitKind: 'institution' },
  { name: '供电所', unitKind: 'state_enterprise' },
  { name: '个体劳动者协会', unitKind: 'social_org' },
];
const FIRM_NAMES = '宏达 兴旺 恒通 华兴 永盛 金鑫 顺发 利民 鑫源 富康 天成 瑞丰 嘉禾 众联 新元'.split(' ');
const FIRM_TRADES = '机械 食品 纺织 建材 物流 农业科技 电子 化工 服装 粮油'.split(' ');
const NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
];

function numeral(n: number): string {
  return NUMERALS[n - 1] ?? String(n);
}

function groups(count: number): Node[] {
  return Array.from({ length: count }, (_, i) => ({
    kind: 'group' as const,
    name: `第${numeral(i + 1)}党小组`,
    unitKind: null,
    children: [],
  }));
}

function size(node: Node): number {
  return 1 + node.children.reduce((sum, c) => sum + size(c), 0);
}

/** A township: villages, communities and the units seated there, filled up to exactly `budget` orgs. */
function township(name: string, budget: number, random: () => number): Node {
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const root: Node = { kind: 'committee', name: `${name}党委`, unitKind: null, children: [] };
  const usedNames = new Set<string>();
  const unique = (make: () => string) => {
    let candidate = make();
    while (usedNames.has(candidate)) candidate = make();
    usedNames.add(candidate);
    return candidate;
  };
  const pick = <T>(list: readonly T[]) => list[between(0, list.length - 1)]!;
  let communityIndex = 0;
  let unitIndex = 0;
  let left = budget - 1;
  while (left > 0) {
    let unit: Node;
    const roll = random();
    if (roll < 0.45) {
      const village = unique(() => `${pick(SURNAMES)}${pick(VILLAGE_SUFFIXES)}村`);
      // A large village splits its members over several branches under a general branch.
      unit =
        random() < 0.3
          ? {
              kind: 'general_branch',
              name: `${village}党总支`,
              unitKind: 'village',
              children: Array.from({ length: between(2, 4) }, (_, i) => ({
                kind: 'branch' as const,
                name: `${village}第${numeral(i + 1)}党支部`,
                unitKind: 'village' as const,
                children: groups(between(2, 5)),
              })),
            }
          : {
              kind: 'branch',
              name: `${village}党支部`,
              unitKind: 'village',
              children: groups(between(3, 8)),
            };
    } else if (roll < 0.7 && communityIndex < COMMUNITIES.length) {
      const community = `${COMMUNITIES[communityIndex++]}社区`;
      const branches = Array.from({ length: between(4, 9) }, (_, i) => ({
        kind: 'branch' as const,
        name: `${community}第${numeral(i + 1)}党支部`,
        unitKind: 'community' as const,
        children: groups(between(2, 5)),
      }));
      if (random() < 0.5) {
        branches.push({
          kind: 'branch',
          name: `${community}退休党员党支部`,
          unitKind: 'community',
          children: groups(2),
        });
      }
      unit = {
        kind: 'general_branch',
        name: `${community}党总支`,
        unitKind: 'community',
        children: branches,
      };
    } else {
      const seated = TOWNSHIP_UNITS[unitIndex++];
      const unitName = seated
        ? `${name}${seated.name}党支部`
        : unique(() => `${pick(FIRM_NAMES)}${pick(FIRM_TRADES)}有限公司党支部`);
      unit = {
        kind: 'branch',
        name: unitName,
        unitKind: seated?.unitKind ?? 'private_enterprise',
        children: groups(between(0, 3)),
      };
    }
    // Trim the last unit so the whole tree lands on the exact size asked for.
    while (size(unit) > left) {
      const last = unit.children[unit.children.length - 1]!;
      if (last.children.length > 0) last.children.pop();
      else unit.children.pop();
    }
    root.children.push(unit);
    left -= size(unit);
  }
  return root;
}

/**
 * A county: one county committee, 20 township committees of varying size, and under them general
 * branches, branches and groups. Ids are handed out level by level, as an import of an existing roster would.
 */
export function generateCountyTree(total: number, seed = 20240701): GeneratedOrg[] {
  // Seeded so PGlite and PostgreSQL are measured on the very same tree.
  const random = seededRandom(seed);
  const weights = TOWNSHIPS.map(() => 0.7 + random() * 0.6);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const budgets = weights.map((w) => Math.floor(((total - 1) * w) / weightSum));
  budgets[0]! += total - 1 - budgets.reduce((a, b) => a + b, 0);
  const county: Node = {
    kind: 'committee',
    name: '清河县委',
    unitKind: null,
    children: TOWNSHIPS.map((name, i) => township(name, budgets[i]!, random)),
  };

  const rows: GeneratedOrg[] = [];
  let level: { node: Node; parent: GeneratedOrg | null; index: number }[] = [
    { node: county, parent: null, index: 0 },
  ];
  while (level.length > 0) {
    const next: typeof level = [];
    for (const { node, parent, index } of level) {
      const id = rows.length + 1;
      const committeeLike = node.kind === 'committee' || node.kind === 'general_branch';
      const termYears = node.unitKind === 'village' || node.unitKind === 'community' || committeeLike ? 5 : 3;
      const row: GeneratedOrg = {
        id,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        depth: (parent?.depth ?? -1) + 1,
        tenantOrgId: parent?.tenantOrgId ?? id,
        kind: node.kind,
        name: node.name,
        code: String(index + 1).padStart(3, '0'),
        unitKind: node.unitKind,
        mayApproveAdmissions: node.kind === 'committee',
        termStartedOn: `${2021 + Math.floor(random() * 4)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`,
        termYears,
      };
      rows.push(row);
      node.children.forEach((child, i) => next.push({ node: child, parent: row, index: i }));
    }
    level = next;
  }
  return rows;
}
