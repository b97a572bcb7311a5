import { ORG_KIND_LABELS } from '../org/kinds';
import { UNIT_KIND_LABELS } from '../org/unit-kinds';
import type { SheetColumn } from './columns';

export const ORG_SHEET_NAME = '组织信息';

export type OrgColumnKey =
  'code' | 'parentCode' | 'name' | 'kind' | 'unitKind' | 'termStartedOn' | 'termYears';

/** The org tree import sheet, in template order. */
export const ORG_COLUMNS: readonly SheetColumn<OrgColumnKey>[] = [
  {
    key: 'code',
    header: '组织代码',
    required: true,
    text: true,
    width: 16,
    hint: '字母、数字、下划线或连字符，不超过 40 个字符；同一上级下不得重复',
    example: 'CG-DJ',
  },
  {
    key: 'parentCode',
    header: '上级组织代码',
    required: false,
    text: true,
    width: 16,
    hint: '已有组织（须在您的管理范围内）或本表中另一行的组织代码；不填表示顶级组织（仅系统管理员可建）',
    example: 'CGZ',
  },
  {
    key: 'name',
    header: '组织名称',
    required: true,
    width: 30,
    hint: '不超过 100 个字',
    example: '中共城关镇东街社区支部委员会',
  },
  {
    key: 'kind',
    header: '组织类别',
    required: true,
    labels: ORG_KIND_LABELS,
    width: 12,
    hint: '从下拉列表选择；党支部设在党委、党工委或党总支之下，党小组设在党支部之下',
    example: '党支部',
  },
  {
    key: 'unitKind',
    header: '单位类别',
    required: false,
    labels: UNIT_KIND_LABELS,
    width: 12,
    hint: '可不填，从下拉列表选择',
    example: '社区',
  },
  {
    key: 'termStartedOn',
    header: '任期开始日期',
    required: false,
    date: true,
    width: 14,
    hint: '本届任期开始日期，格式 YYYY-MM-DD',
    example: '2024-05-10',
  },
  {
    key: 'termYears',
    header: '任期年限',
    required: false,
    width: 10,
    hint: '3 至 5 的整数；不填时农村、社区为 5 年，其他为 3 年',
    example: '5',
  },
];
