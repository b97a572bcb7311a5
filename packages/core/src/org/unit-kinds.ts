export const UNIT_KINDS = [
  'village',
  'community',
  'agency',
  'institution',
  'state_enterprise',
  'private_enterprise',
  'social_org',
  'school',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  village: '农村',
  community: '社区',
  agency: '机关',
  institution: '事业单位',
  state_enterprise: '国有企业',
  private_enterprise: '非公企业',
  social_org: '社会组织',
  school: '学校',
};
