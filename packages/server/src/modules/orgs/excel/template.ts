import { ORG_COLUMNS, ORG_SHEET_NAME } from '@jiceng/core';
import { buildTemplate } from '../../imports/template-writer';

const RULES = [
  `1. 请在“${ORG_SHEET_NAME}”工作表中填写，第一行是表头，请勿修改；从第二行起每行填写一个组织。`,
  '2. 带 * 的列为必填项。组织代码在同一上级组织下不得重复，建议全县统一编码、互不重复。',
  '3. 上级组织代码可以是系统中已有的组织（须在您的管理范围内），也可以是本表中另一行的组织代码，行的先后顺序不限。',
  '4. 组织类别的上下级关系：党委、党工委之下可设党总支、党支部；党总支之下设党支部；党支部之下设党小组。',
  '5. 日期格式为 YYYY-MM-DD（如 2024-05-10）。任期年限为 3 至 5 年，不填时农村、社区为 5 年，其他为 3 年。',
  '6. 上传后系统先校验并给出错误报告，确认后才一次性建立全部组织。',
];

let cached: Promise<Buffer> | null = null;

export function orgTemplate(): Promise<Buffer> {
  cached ??= buildTemplate({ sheetName: ORG_SHEET_NAME, columns: ORG_COLUMNS, rules: RULES });
  return cached;
}
