import type { IsoDate } from '../shared/dates';
import { ORG_KIND_LABELS, type OrgKind } from '../org/kinds';
import { orgCodeSchema, orgNameSchema } from '../org/schemas';
import { checkTermYears, defaultTermYears } from '../org/term';
import { UNIT_KIND_LABELS, type UnitKind } from '../org/unit-kinds';
import { cellText, enumFromCell, parseDateCell, type CellInput } from './cells';
import type { CellIssue } from './columns';
import type { OrgColumnKey } from './org-sheet';

export type OrgCells = Partial<Record<OrgColumnKey, CellInput>>;

export interface OrgRowValue {
  code: string;
  parentCode: string | null;
  name: string;
  kind: OrgKind;
  unitKind: UnitKind | null;
  termStartedOn: IsoDate | null;
  termYears: number;
}

export interface ParsedOrgRow {
  value: OrgRowValue | null;
  /** Known even when other cells are wrong, so the tree checks still see the row. */
  code: string | null;
  parentCode: string | null;
  kind: OrgKind | null;
  issues: CellIssue<OrgColumnKey>[];
}

const REQUIRED_REASON = '此项为必填项，不能为空';

/** Every check of one org row that needs neither the database nor the other rows. */
export function parseOrgRow(cells: OrgCells): ParsedOrgRow {
  const issues: CellIssue<OrgColumnKey>[] = [];
  const issue = (column: OrgColumnKey, reason: string) => issues.push({ column, reason });
  const text = (column: OrgColumnKey) => cellText(cells[column] ?? null);

  const code = checkCode('code', text('code'), true, issue);
  const parentCode = checkCode('parentCode', text('parentCode'), false, issue);
  const nameText = text('name');
  let name: string | null = null;
  if (nameText === '') issue('name', REQUIRED_REASON);
  else {
    const parsed = orgNameSchema.safeParse(nameText);
    if (parsed.success) name = parsed.data;
    else issue('name', parsed.error.issues[0]!.message);
  }
  const kindText = text('kind');
  const kind = kindText ? enumFromCell(ORG_KIND_LABELS, kindText) : null;
  if (kindText === '') issue('kind', REQUIRED_REASON);
  else if (!kind) issue('kind', `“${kindText}”不是有效的组织类别，请从下拉列表中选择`);
  const unitText = text('unitKind');
  const unitKind = unitText ? enumFromCell(UNIT_KIND_LABELS, unitText) : null;
  if (unitText && !unitKind) issue('unitKind', `“${unitText}”不是有效的单位类别，请从下拉列表中选择`);
  const started = parseDateCell(cells.termStartedOn ?? null);
  if (started && 'reason' in started) issue('termStartedOn', started.reason);
  const termYears = parseTermYears(cells.termYears ?? null, unitKind, issue);

  const value: OrgRowValue | null =
    issues.length === 0 && code && name && kind && termYears !== null
      ? {
          code,
          parentCode,
          name,
          kind,
          unitKind,
          termStartedOn: started && 'date' in started ? started.date : null,
          termYears,
        }
      : null;
  return { value, code, parentCode, kind, issues };
}

function checkCode(
  column: OrgColumnKey,
  text: string,
  required: boolean,
  issue: (column: OrgColumnKey, reason: string) => void,
): string | null {
  if (text === '') {
    if (required) issue(column, REQUIRED_REASON);
    return null;
  }
  const parsed = orgCodeSchema.safeParse(text);
  if (!parsed.success) {
    issue(column, `“${text}”${parsed.error.issues[0]!.message}`);
    return null;
  }
  return parsed.data;
}

function parseTermYears(
  cell: CellInput,
  unitKind: UnitKind | null,
  issue: (column: OrgColumnKey, reason: string) => void,
): number | null {
  const text = cellText(cell).replace(/年$/, '');
  if (text === '') return defaultTermYears(unitKind);
  const years = Number(text);
  const violation = checkTermYears(years);
  if (violation) {
    issue('termYears', `${violation.message}，当前为“${cellText(cell)}”`);
    return null;
  }
  return years;
}
