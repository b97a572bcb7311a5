/** The 25 steps of development.md, in order; each is recorded as a person event of the same key. */
export const DEVELOPMENT_STEPS = [
  { number: 1, key: 'application_submitted', label: '递交入党申请书' },
  { number: 2, key: 'first_talk', label: '派人谈话' },
  { number: 3, key: 'activist_designated', label: '确定入党积极分子' },
  { number: 4, key: 'activist_filed', label: '报上级党委备案（积极分子）' },
  { number: 5, key: 'sponsors_assigned', label: '指定培养联系人' },
  { number: 6, key: 'cultivation_assessed', label: '培养教育考察' },
  { number: 7, key: 'candidate_designated', label: '确定发展对象' },
  { number: 8, key: 'candidate_filed', label: '报上级党委备案（发展对象）' },
  { number: 9, key: 'introducers_assigned', label: '确定入党介绍人' },
  { number: 10, key: 'political_review', label: '政治审查' },
  { number: 11, key: 'training_completed', label: '集中培训' },
  { number: 12, key: 'committee_review', label: '支部委员会审查' },
  { number: 13, key: 'pre_review', label: '上级党委预审' },
  { number: 14, key: 'admission_form', label: '填写入党志愿书' },
  { number: 15, key: 'admission_meeting', label: '支部大会讨论接收预备党员' },
  { number: 16, key: 'approval_talk', label: '上级党委派人谈话' },
  { number: 17, key: 'admission_approved', label: '上级党委审批' },
  { number: 18, key: 'admission_filed', label: '报再上级党委组织部门备案' },
  { number: 19, key: 'placed', label: '编入党支部和党小组' },
  { number: 20, key: 'oath', label: '入党宣誓' },
  { number: 21, key: 'probation_assessed', label: '继续教育考察' },
  { number: 22, key: 'conversion_applied', label: '提出转正申请' },
  { number: 23, key: 'conversion_meeting', label: '支部大会讨论转正' },
  { number: 24, key: 'conversion_approved', label: '上级党委审批转正' },
  { number: 25, key: 'archived', label: '材料归档' },
] as const;

export type DevelopmentStepKey = (typeof DEVELOPMENT_STEPS)[number]['key'];
export const DEVELOPMENT_STEP_KEYS = DEVELOPMENT_STEPS.map((s) => s.key) as [
  DevelopmentStepKey,
  ...DevelopmentStepKey[],
];

/** Outcomes of probation besides conversion (development.md D18, D19). */
export const PROBATION_OUTCOMES = ['probation_extended', 'probation_cancelled'] as const;
export type ProbationOutcome = (typeof PROBATION_OUTCOMES)[number];

export const DEVELOPMENT_EVENT_LABELS: Record<DevelopmentStepKey | ProbationOutcome, string> = {
  ...(Object.fromEntries(DEVELOPMENT_STEPS.map((s) => [s.key, s.label])) as Record<
    DevelopmentStepKey,
    string
  >),
  probation_extended: '延长预备期',
  probation_cancelled: '取消预备党员资格',
};

export function stepNumber(key: DevelopmentStepKey): number {
  return DEVELOPMENT_STEPS.find((s) => s.key === key)!.number;
}
