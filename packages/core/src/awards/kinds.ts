/**
 * 表彰: the honours Jiceng keeps on record. Each goes either to an org or to a person (never both); the
 * list is common practice (the 七一 表彰 of 先进基层党组织, 优秀共产党员, 优秀党务工作者, and the yearly 五个好).
 * The key of a person's award is the points module's qualifier (`award:outstanding_member`).
 */
export const AWARD_KINDS = [
  'advanced_org',
  'five_good',
  'model_branch',
  'outstanding_member',
  'outstanding_party_worker',
  'glorious_50_years',
  'other_org',
  'other_person',
] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];

export type AwardTarget = 'org' | 'person';

export const AWARD_KIND_INFO: Record<AwardKind, { label: string; target: AwardTarget }> = {
  advanced_org: { label: '先进基层党组织', target: 'org' },
  five_good: { label: '五个好党组织', target: 'org' },
  model_branch: { label: '标准化规范化建设示范党支部', target: 'org' },
  outstanding_member: { label: '优秀共产党员', target: 'person' },
  outstanding_party_worker: { label: '优秀党务工作者', target: 'person' },
  glorious_50_years: { label: '“光荣在党50年”纪念章', target: 'person' },
  other_org: { label: '其他组织表彰', target: 'org' },
  other_person: { label: '其他个人表彰', target: 'person' },
};

export function awardKindLabel(kind: string): string {
  return (AWARD_KIND_INFO as Record<string, { label: string }>)[kind]?.label ?? kind;
}

export function awardTarget(kind: AwardKind): AwardTarget {
  return AWARD_KIND_INFO[kind].target;
}

/** Who conferred it: the level of the conferring body. */
export const AWARD_LEVELS = ['national', 'provincial', 'municipal', 'county', 'township', 'other'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

export const AWARD_LEVEL_LABELS: Record<AwardLevel, string> = {
  national: '全国',
  provincial: '省级',
  municipal: '市级',
  county: '县级',
  township: '乡镇级',
  other: '其他',
};
