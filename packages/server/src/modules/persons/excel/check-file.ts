import {
  chinaToday,
  parsePersonRow,
  PERSON_COLUMNS,
  type ParsedPersonRow,
  type PersonColumnKey,
  type PersonRowValue,
} from '@jiceng/core';
import type { Actor } from '../../../auth/actor';
import { scopeOf } from '../../../auth/access';
import type { ImportServices, Progress } from '../../imports/handler';
import { openKeyedSheet } from '../../imports/keyed-sheet';
import { RowErrors } from '../../imports/row-errors';
import { BranchDirectory, type DirectoryOrg } from './branch-directory';
import { alreadyRegistered } from './registered';

/** A row ready to insert. */
export interface PreparedPerson {
  row: number;
  value: PersonRowValue;
  branch: DirectoryOrg;
  groupId: number | null;
  idNumberHash: string;
}

export interface CheckedPersons {
  totalRows: number;
  errors: RowErrors;
  /** The valid rows in file order; filled only when asked for (the commit). */
  rows: PreparedPerson[];
}

interface Pending {
  row: number;
  parsed: ParsedPersonRow;
  hash: string | null;
}

/** Rows per round of database look-ups (codes, groups, registered ID numbers). */
const BATCH = 1000;
const HEADERS = Object.fromEntries(PERSON_COLUMNS.map((c) => [c.key, c.header])) as Record<
  PersonColumnKey,
  string
>;

/**
 * Every check of a person file, streamed: each row on its own (core's parsePersonRow), then in batches
 * against the database: the branch by its code within the user's reach, the group within the branch, the
 * ID number against registered persons and against the other rows of the file.
 */
export async function checkPersonsFile(
  { db, cipher }: ImportServices,
  actor: Actor,
  file: Buffer,
  options: { collect: boolean; progress: Progress },
): Promise<CheckedPersons> {
  const sheet = await openKeyedSheet(file, PERSON_COLUMNS);
  const errors = new RowErrors();
  const add = (row: number, key: PersonColumnKey, reason: string) =>
    errors.add({ row, column: sheet.positions[key], header: HEADERS[key], reason });
  const directory = new BranchDirectory(db, scopeOf(actor, 'person.manage'));
  const readScope = scopeOf(actor, 'person.read');
  const firstRowOf = new Map<string, { row: number; flagged: boolean }>();
  const prepared: PreparedPerson[] = [];
  const today = chinaToday();
  let totalRows = 0;
  let batch: Pending[] = [];

  const flush = async () => {
    await directory.loadCodes(batch.flatMap((p) => (p.parsed.branchCode ? [p.parsed.branchCode] : [])));
    const branches = new Map<number, DirectoryOrg>();
    for (const p of batch) {
      if (!p.parsed.branchCode) continue;
      const resolved = directory.resolve(p.parsed.branchCode);
      if ('reason' in resolved) add(p.row, 'branchCode', resolved.reason);
      else branches.set(p.row, resolved.branch);
    }
    await directory.loadGroups(
      batch.flatMap((p) => (p.parsed.groupName && branches.has(p.row) ? [branches.get(p.row)!.id] : [])),
    );
    const registered = await alreadyRegistered(
      db,
      batch.flatMap((p) => (p.hash ? [p.hash] : [])),
      readScope,
    );
    for (const p of batch) {
      const branch = branches.get(p.row);
      let groupId: number | null = null;
      if (branch && p.parsed.groupName) {
        const group = directory.group(branch.id, p.parsed.groupName);
        if (group) groupId = group.id;
        else add(p.row, 'groupName', `“${p.parsed.groupName}”不是“${branch.name}”下的党小组`);
      }
      const reason = p.hash ? registered.get(p.hash) : undefined;
      if (reason) add(p.row, 'idNumber', reason);
      if (options.collect && p.parsed.value && branch && p.hash && !errors.hasRow(p.row)) {
        prepared.push({ row: p.row, value: p.parsed.value, branch, groupId, idNumberHash: p.hash });
      }
    }
    batch = [];
  };

  for await (const { number: row, cells } of sheet.rows) {
    totalRows += 1;
    const parsed = parsePersonRow(cells, today);
    for (const issue of parsed.issues) add(row, issue.column, issue.reason);
    const hash = parsed.idNumber ? cipher.lookupHash(parsed.idNumber) : null;
    if (hash) {
      const first = firstRowOf.get(hash);
      if (!first) firstRowOf.set(hash, { row, flagged: false });
      else {
        add(row, 'idNumber', `与第 ${first.row} 行的身份证号重复`);
        if (!first.flagged) add(first.row, 'idNumber', `与第 ${row} 行的身份证号重复`);
        first.flagged = true;
      }
    }
    batch.push({ row, parsed, hash });
    if (batch.length >= BATCH) await flush();
    options.progress(totalRows);
  }
  await flush();
  // A row found valid may have been named later as the first of a duplicate pair.
  return { totalRows, errors, rows: prepared.filter((p) => !errors.hasRow(p.row)) };
}
