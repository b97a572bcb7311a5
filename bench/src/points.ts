// node --import tsx bench/src/points.ts [--people=50000] [--meetings=24]; DATABASE_URL=... for PostgreSQL.
// Times the hourly points recomputation of a county: the first run (writes every entry), a second run with
// nothing changed (writes nothing), and one after a single attendance is corrected.
import { randomBytes } from 'node:crypto';
import { chinaToday } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { DataCipher } from '../../packages/server/src/http/crypto';
import { recomputePoints } from '../../packages/server/src/modules/points/recompute';
import { loadTree } from './org-tree';
import { branchesOf, generatePeople, loadPeople } from './people';
import { openScratchDatabase } from './scratch-db';
import { timed } from './stats';
import { generateCountyTree } from './tree';

const option = (name: string, fallback: number) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
};
const people = option('people', 50_000);
const meetingsPerBranch = option('meetings', 24);
const today = chinaToday();
const year = Number(today.slice(0, 4));

const orgRows = generateCountyTree(Math.max(500, Math.round(people / 25)));
const branches = branchesOf(orgRows);
const scratch = await openScratchDatabase(process.env.DATABASE_URL || undefined);
const { database } = scratch;
try {
  await loadTree(database, orgRows);
  await loadPeople(database, new DataCipher(randomBytes(32)), generatePeople(branches, people));
  const db = database.db;
  // Closed meetings spread over the year so far, every member of the branch present.
  const days = Math.max(1, Math.floor((Date.parse(today) - Date.parse(`${year}-01-01`)) / 86_400_000));
  await db.execute(sql`
    INSERT INTO meetings (tenant_org_id, org_id, kind, title, planned_on, state, held_on, sign_in_token)
    SELECT o.tenant_org_id, o.id, 'general_meeting', '基准会议', d, 'closed', d, md5(o.id::text || '-' || n)
      FROM orgs o, generate_series(1, ${meetingsPerBranch}) n,
           LATERAL (SELECT (${`${year}-01-01`}::date + ((n * ${days}) / ${meetingsPerBranch + 1}))::date AS d) day
     WHERE o.kind IN ('branch', 'joint_branch')`);
  await db.execute(sql`
    INSERT INTO meeting_attendees (meeting_id, person_id, expected, mark)
    SELECT m.id, p.id, true, 'present' FROM meetings m JOIN persons p ON p.org_id = m.org_id
     WHERE p.stage IN ('probationary', 'full')`);
  await db.execute(sql`ANALYZE`);
  const counts = (
    await db.execute<{ members: number; attendances: number }>(sql`
      SELECT (SELECT count(*) FROM persons WHERE stage IN ('probationary', 'full'))::int AS members,
             (SELECT count(*) FROM meeting_attendees)::int AS attendances`)
  ).rows[0]!;
  const root = (
    await db.execute<{ path: string }>(sql`SELECT path FROM orgs WHERE parent_id IS NULL LIMIT 1`)
  ).rows[0]!.path;
  const run = (label: string) =>
    timed(() => db.transaction((tx) => recomputePoints(tx, root, year))).then(({ ms, result }) =>
      console.log(`${label}: ${ms.toFixed(0)} ms, ${JSON.stringify(result)}`),
    );
  console.log(
    `积分重算基准：${people} 人（${counts.members} 名党员），${counts.attendances} 条出席记录，${scratch.where}`,
  );
  await run('首次计算（写入全部积分）');
  await run('再次计算（无变化）');
  await db.execute(
    sql`UPDATE meeting_attendees SET mark = 'absent' WHERE id = (SELECT min(id) FROM meeting_attendees)`,
  );
  await run('更正一条出席记录后');
} finally {
  await scratch.dispose();
}
