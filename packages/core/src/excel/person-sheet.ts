import {
  EDUCATION_LABELS,
  ETHNICITY_LABELS,
  OCCUPATION_LABELS,
  PERSON_KIND_LABELS,
  SEX_LABELS,
} from '../person/enums';
import { STAGE_DATE_LABELS } from '../person/stage';
import type { SheetColumn } from './columns';

export const PERSON_SHEET_NAME = '党员信息';

export type PersonColumnKey =
  | 'name'
  | 'idNumber'
  | 'sex'
  | 'birthDate'
  | 'ethnicity'
  | 'phone'
  | 'education'
  | 'personKind'
  | 'occupation'
  | 'address'
  | 'branchCode'
  | 'groupName'
  | 'applicationDate'
  | 'activistDate'
  | 'candidateDate'
  | 'admissionDate'
  | 'conversionDate';

const dateHint = '日期，格式 YYYY-MM-DD（如 2010-07-01），也可填 Excel 日期';

/** The person import sheet, in template order. */
export const PERSON_COLUMNS: readonly SheetColumn<PersonColumnKey>[] = [
  { key: 'name', header: '姓名', required: true, width: 10, hint: '不超过 50 个字', example: '张建华' },
  {
    key: 'idNumber',
    header: '身份证号',
    required: true,
    text: true,
    width: 22,
    hint: '18 位公民身份号码，本列须为文本格式（数字格式会丢失末尾几位）；性别和出生日期以身份证号为准',
    example: '360426199101010071',
  },
  {
    key: 'sex',
    header: '性别',
    required: false,
    labels: SEX_LABELS,
    width: 6,
    hint: '可不填；填写时须与身份证号一致',
    example: '男',
  },
  {
    key: 'birthDate',
    header: '出生日期',
    required: false,
    date: true,
    width: 12,
    hint: `可不填；填写时须与身份证号一致。${dateHint}`,
    example: '1991-01-01',
  },
  {
    key: 'ethnicity',
    header: '民族',
    required: true,
    labels: ETHNICITY_LABELS,
    width: 10,
    hint: '从下拉列表选择，如 汉族',
    example: '汉族',
  },
  {
    key: 'phone',
    header: '手机号',
    required: false,
    text: true,
    width: 14,
    hint: '11 位手机号码',
    example: '13800138000',
  },
  {
    key: 'education',
    header: '学历',
    required: true,
    labels: EDUCATION_LABELS,
    width: 12,
    hint: '最高学历，从下拉列表选择',
    example: '大学本科',
  },
  {
    key: 'personKind',
    header: '人员类别',
    required: true,
    labels: PERSON_KIND_LABELS,
    width: 12,
    hint: '交纳党费的人员类别，从下拉列表选择',
    example: '在岗职工',
  },
  {
    key: 'occupation',
    header: '职业',
    required: true,
    labels: OCCUPATION_LABELS,
    width: 30,
    hint: '按党内统计口径，从下拉列表选择',
    example: '企事业单位、社会组织专业技术人员',
  },
  {
    key: 'address',
    header: '家庭住址',
    required: false,
    width: 30,
    hint: '不超过 200 个字',
    example: '城关镇东街 12 号',
  },
  {
    key: 'branchCode',
    header: '所在党支部代码',
    required: true,
    text: true,
    width: 16,
    hint: '党员组织关系所在党支部（或联合党支部）的组织代码，须在您的管理范围内',
    example: 'CG-DJ-01',
  },
  {
    key: 'groupName',
    header: '党小组',
    required: false,
    width: 14,
    hint: '可不填；填写时须是该党支部下党小组的名称',
    example: '第一党小组',
  },
  {
    key: 'applicationDate',
    header: STAGE_DATE_LABELS.applicationDate,
    required: false,
    date: true,
    width: 14,
    hint: `可不填。${dateHint}`,
    example: '2009-03-01',
  },
  {
    key: 'activistDate',
    header: STAGE_DATE_LABELS.activistDate,
    required: false,
    date: true,
    width: 14,
    hint: '可不填；不得早于递交申请书日期',
    example: '2009-09-01',
  },
  {
    key: 'candidateDate',
    header: STAGE_DATE_LABELS.candidateDate,
    required: false,
    date: true,
    width: 14,
    hint: '可不填；不得早于确定积极分子日期',
    example: '2010-03-01',
  },
  {
    key: 'admissionDate',
    header: STAGE_DATE_LABELS.admissionDate,
    required: false,
    date: true,
    width: 12,
    hint: '接收为预备党员的日期；不得早于确定发展对象日期',
    example: '2010-07-01',
  },
  {
    key: 'conversionDate',
    header: STAGE_DATE_LABELS.conversionDate,
    required: false,
    date: true,
    width: 12,
    hint: '转为正式党员的日期；填写时须同时填写入党日期',
    example: '2011-07-01',
  },
];
