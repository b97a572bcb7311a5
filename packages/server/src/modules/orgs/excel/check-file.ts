import {
  checkParentKind,
  ORG_COLUMNS,
  parseOrgRow,
  type OrgColumnKey,
  type OrgKind,
  type OrgRowValue,
  type ParsedOrgRow,
} from '@jiceng/core';
import type { Actor } from '../../../auth/actor';
import { scopeOf } from '../../../auth/access';
import type { ImportServices, Progress } from '../../imports/handler';
import { openKeyedSheet } from '../../imports/keyed-sheet';
import { RowErrors } from '../../imports/row-errors';
import { existingByCode, siblingKey, takenSiblingCodes, type ExistingOrg } from './existing-orgs';

/** Where a new org hangs: an org already in the tree, another row of the file, or the top. */
export type ParentRef = { existing: ExistingOrg } | { row: number } | { top: true };

export interface PreparedOrg {
  row: number;
  value: OrgRowValue;
  parent: ParentRef;
}

export interface CheckedOrgs {
  totalRows: number;
  errors: RowErrors;
  /** The valid rows, every parent before its children. */
  rows: PreparedOrg[];
}

interface Entry {
  row: number;
  parsed: ParsedOrgRow;
  parent: ParentRef | null;
}

const HEADERS = Object.fromEntries(ORG_COLUMNS.map((c) => [c.key, c.header])) as Record<OrgColumnKey, string>;

/**
 * Every check of an org tree file. Parents are found by code among the orgs the user may manage or among
 * the rows of the file, in any order; the rows then form a tree, checked for cycles, parent kinds and
 * sibling codes. A row under a row with errors cannot be created either.
 */
export async function checkOrgsFile(
  { db }: ImportServices,
  actor: Actor,
  file: Buffer,
  progress: Progress,
): Promise<CheckedOrgs> {
  const sheet = await openKeyedSheet(file, ORG_COLUMNS);
  const errors = new RowErrors();
  const add = (row: number, key: OrgColumnKey, reason: string) =>
    errors.add({ row, column: sheet.positions[key], header: HEADERS[key], reason });
  const entries: Entry[] = [];
  for await (const { number: row, cells } of sheet.rows) {
    const parsed = parseOrgRow(cells);
    for (const issue of parsed.issues) add(row, issue.column, issue.reason);
    entries.push({ row, parsed, parent: null });
    progress(entries.length);
  }
  const byRow = new Map(entries.map((e) => [e.row, e]));
  const label = (e: Entry) => `第 ${e.row} 行（${e.parsed.code}）`;

  // Parents by code: among the file's rows and the orgs in reach; a code naming two is ambiguous.
  const scope = scopeOf(actor, 'org.manage');
  const rowsByCode = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.parsed.code) pushTo(rowsByCode, e.parsed.code, e);
  }
  const parentCodes = [
    ...new Set(entries.flatMap((e) => (e.parsed.parentCode ? [e.parsed.parentCode] : []))),
  ];
  const existing = await existingByCode(db, parentCodes, scope);
  for (const e of entries) {
    const code = e.parsed.parentCode;
    if (!code) {
      if (e.parsed.issues.some((i) => i.column === 'parentCode')) continue;
      if (scope !== 'all') add(e.row, 'parentCode', '只有系统管理员可以建立顶级组织，请填写上级组织代码');
      else e.parent = { top: true };
      continue;
    }
    const inFile = rowsByCode.get(code) ?? [];
    const inTree = existing.get(code) ?? [];
    if (inFile.length + inTree.length === 0) {
      add(e.row, 'parentCode', `找不到代码为 ${code} 的上级组织（本表和您的管理范围内都没有）`);
    } else if (inFile.length + inTree.length > 1) {
      const where = [
        ...(inFile.length ? [`本表第 ${inFile.map((r) => r.row).join('、')} 行`] : []),
        ...inTree.slice(0, 3).map((o) => `已有的“${o.name}”`),
      ];
      add(
        e.row,
        'parentCode',
        `代码 ${code} 对应多个组织（${where.join('、')}），无法确定上级组织，请使用唯一的组织代码`,
      );
    } else {
      e.parent = inFile.length ? { row: inFile[0]!.row } : { existing: inTree[0]! };
    }
  }

  markCycles(entries, byRow, (e, cycle) =>
    add(e.row, 'parentCode', `上级组织代码形成循环：${[...cycle, cycle[0]!].map(label).join(' → ')}`),
  );

  for (const e of entries) {
    if (!e.parent || !e.parsed.kind) continue;
    const parentKind = parentKindOf(e.parent, byRow);
    if (parentKind === undefined) continue;
    const violation = checkParentKind(e.parsed.kind, parentKind);
    if (violation) add(e.row, 'kind', violation.message);
  }

  await checkSiblingCodes(db, entries, add);

  // Parents first; a row under a row that cannot be created cannot be created either.
  const ordered = parentsFirst(entries, byRow);
  const blockedByParent = (e: Entry) => {
    if (!e.parent || !('row' in e.parent) || !errors.hasRow(e.parent.row) || errors.hasRow(e.row)) {
      return false;
    }
    add(e.row, 'parentCode', `上级组织（第 ${e.parent.row} 行）有错误，须先改正`);
    return true;
  };
  for (const e of ordered) blockedByParent(e);
  // Rows below a cycle are never reached in order: repeat until nothing more is blocked.
  const reached = new Set(ordered.map((e) => e.row));
  const unreached = entries.filter((e) => !reached.has(e.row));
  let blocked = true;
  while (blocked) blocked = unreached.filter(blockedByParent).length > 0;
  const rows: PreparedOrg[] = [];
  for (const e of ordered) {
    if (e.parsed.value && e.parent && !errors.hasRow(e.row)) {
      rows.push({ row: e.row, value: e.parsed.value, parent: e.parent });
    }
  }
  return { totalRows: entries.length, errors, rows };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The parent's kind: null at the top, undefined when the parent row's own kind is unreadable. */
function parentKindOf(parent: ParentRef, byRow: ReadonlyMap<number, Entry>): OrgKind | null | undefined {
  if ('top' in parent) return null;
  if ('existing' in parent) return parent.existing.kind as OrgKind;
  return byRow.get(parent.row)!.parsed.kind ?? undefined;
}

/** Follows each row's parent rows; a walk that comes back to a row it passed is a cycle. */
function markCycles(
  entries: readonly Entry[],
  byRow: ReadonlyMap<number, Entry>,
  report: (entry: Entry, cycle: Entry[]) => void,
): void {
  const state = new Map<number, 'walking' | 'done'>();
  for (const start of entries) {
    const walk: Entry[] = [];
    let current: Entry | undefined = start;
    while (current && !state.has(current.row)) {
      state.set(current.row, 'walking');
      walk.push(current);
      current = current.parent && 'row' in current.parent ? byRow.get(current.parent.row) : undefined;
    }
    if (current && state.get(current.row) === 'walking') {
      const cycle = walk.slice(walk.indexOf(current));
      for (const e of cycle) report(e, cycle);
    }
    for (const e of walk) state.set(e.row, 'done');
  }
}

/** Breadth-first from the rows whose parent is not a row of the file; rows in cycles are never reached. */
function parentsFirst(entries: readonly Entry[], byRow: ReadonlyMap<number, Entry>): Entry[] {
  const children = new Map<number, Entry[]>();
  const queue: Entry[] = [];
  for (const e of entries) {
    if (e.parent && 'row' in e.parent && byRow.has(e.parent.row)) {
      pushTo(children, e.parent.row, e);
    } else {
      queue.push(e);
    }
  }
  for (let i = 0; i < queue.length; i += 1) queue.push(...(children.get(queue[i]!.row) ?? []));
  return queue;
}

/** Codes must differ among siblings: within the file, and against the orgs already under a parent. */
async function checkSiblingCodes(
  db: ImportServices['db'],
  entries: readonly Entry[],
  add: (row: number, key: OrgColumnKey, reason: string) => void,
): Promise<void> {
  const bySibling = new Map<string, Entry[]>();
  for (const e of entries) {
    if (!e.parent || !e.parsed.code) continue;
    const parentKey =
      'top' in e.parent ? 'top' : 'existing' in e.parent ? `e${e.parent.existing.id}` : `r${e.parent.row}`;
    const key = `${parentKey}|${e.parsed.code}`;
    pushTo(bySibling, key, e);
  }
  for (const group of bySibling.values()) {
    if (group.length < 2) continue;
    for (const e of group) {
      const others = group.filter((o) => o !== e).map((o) => o.row);
      add(e.row, 'code', `与第 ${others.join('、')} 行同属一个上级组织，组织代码重复`);
    }
  }
  const underTree = entries.filter((e) => e.parent && !('row' in e.parent) && e.parsed.code);
  const parentIdOf = (e: Entry) => (e.parent && 'existing' in e.parent ? e.parent.existing.id : null);
  const taken = await takenSiblingCodes(
    db,
    [...new Set(underTree.map(parentIdOf))],
    [...new Set(underTree.map((e) => e.parsed.code!))],
  );
  for (const e of underTree) {
    const holder = taken.get(siblingKey(parentIdOf(e), e.parsed.code!));
    if (holder) add(e.row, 'code', `组织代码“${e.parsed.code}”已被同级组织“${holder}”使用`);
  }
}
