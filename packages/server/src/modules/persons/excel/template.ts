import { PERSON_COLUMNS, PERSON_SHEET_NAME } from '@jiceng/core';
import { buildTemplate } from '../../imports/template-writer';
import { MAX_UPLOAD_MB } from '../../imports/upload';

const RULES = [
  `1. 请在“${PERSON_SHEET_NAME}”工作表中填写，第一行是表头，请勿修改、删除或调换表头；从第二行起每行填写一名人员。`,
  '2. 带 * 的列为必填项。',
  '3. 日期格式为 YYYY-MM-DD（如 2010-07-01），也可填 YYYY/MM/DD、YYYY.MM.DD 或 Excel 日期。',
  '4. 身份证号、手机号、所在党支部代码三列已设为文本格式，请勿改为数字格式，否则身份证号会丢失末尾几位。',
  '5. 性别、民族、学历、人员类别、职业请从下拉列表中选择。性别和出生日期以身份证号为准，可不填。',
  '6. 阶段日期须按先后顺序：递交申请书日期 ≤ 确定积极分子日期 ≤ 确定发展对象日期 ≤ 入党日期 ≤ 转正日期，且不晚于今天。',
  `7. 一个文件不超过 ${MAX_UPLOAD_MB} MB。上传后系统先逐行校验并给出错误报告（有错误的单元格标红并注明原因），确认后才导入。`,
];

let cached: Promise<Buffer> | null = null;

/** The person import template; the same for everyone, so built once per process. */
export function personTemplate(): Promise<Buffer> {
  cached ??= buildTemplate({ sheetName: PERSON_SHEET_NAME, columns: PERSON_COLUMNS, rules: RULES });
  return cached;
}
