/** Values of the person record's enumerated fields, with the Chinese the UI and Excel files show. */

export const SEXES = ['male', 'female'] as const;
export type SexValue = (typeof SEXES)[number];
export const SEX_LABELS: Record<SexValue, string> = { male: '男', female: '女' };

export const STAGES = ['applicant', 'activist', 'candidate', 'probationary', 'full'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = {
  applicant: '入党申请人',
  activist: '入党积极分子',
  candidate: '发展对象',
  probationary: '预备党员',
  full: '正式党员',
};
/** statistics.md S3: members are probationary and full members. */
export const MEMBER_STAGES: readonly Stage[] = ['probationary', 'full'];

/** statistics.md S8. */
export const EDUCATIONS = [
  'postgraduate',
  'bachelor',
  'college',
  'secondary_vocational',
  'high_school',
  'junior_high_or_below',
] as const;
export type Education = (typeof EDUCATIONS)[number];
export const EDUCATION_LABELS: Record<Education, string> = {
  postgraduate: '研究生',
  bachelor: '大学本科',
  college: '大学专科',
  secondary_vocational: '中专',
  high_school: '高中（中技）',
  junior_high_or_below: '初中及以下',
};

/** The dues person kind (dues.md); not the occupation. */
export const PERSON_KINDS = ['employed', 'retired', 'farmer', 'student', 'unemployed', 'other'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
export const PERSON_KIND_LABELS: Record<PersonKind, string> = {
  employed: '在岗职工',
  retired: '离退休人员',
  farmer: '农牧渔民',
  student: '学生',
  unemployed: '下岗失业人员',
  other: '其他',
};

/** statistics.md S10, as the bulletin labels them. */
export const OCCUPATIONS = [
  'worker',
  'farmer',
  'professional',
  'manager',
  'civil_servant',
  'student',
  'other',
  'retired',
] as const;
export type Occupation = (typeof OCCUPATIONS)[number];
export const OCCUPATION_LABELS: Record<Occupation, string> = {
  worker: '工人（工勤技能人员）',
  farmer: '农牧渔民',
  professional: '企事业单位、社会组织专业技术人员',
  manager: '企事业单位、社会组织管理人员',
  civil_servant: '党政机关工作人员',
  student: '学生',
  other: '其他职业人员',
  retired: '离退休人员',
};

/** The 56 ethnic groups by their GB 3304 codes (statistics.md S7 rolls them up to 汉族 / 少数民族). */
export const ETHNICITY_LABELS: Record<string, string> = Object.fromEntries(
  (
    '汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 ' +
    '傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 ' +
    '仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 ' +
    '鄂伦春族 赫哲族 门巴族 珞巴族 基诺族'
  )
    .split(' ')
    .map((name, i) => [String(i + 1).padStart(2, '0'), name]),
);
export const ETHNICITIES = Object.keys(ETHNICITY_LABELS);
export const HAN_ETHNICITY = '01';

/** Finds an enum value from its Chinese label or its identifier (Excel cells carry the label). */
export function valueFromLabel<T extends string>(labels: Record<T, string>, text: string): T | null {
  const trimmed = text.trim();
  for (const [value, label] of Object.entries(labels) as [T, string][]) {
    if (label === trimmed || value === trimmed) return value;
  }
  return null;
}
