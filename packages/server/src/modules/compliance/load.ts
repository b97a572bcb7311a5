import type { Frequency, HeldMeeting, IsoDate, LocalRule, OrgKind } from '@jiceng/core';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/connection';

/** org-life.md L9: a branch of this many full members has a committee. */
export const COMMITTEE_MIN_FULL_MEMBERS = 7;

export interface BranchFacts {
  id: number;
  name: string;
  kind: OrgKind;
  parentId: number | null;
  path: string;
  fullMembers: number;
  hasCommittee: boolean;
  groups: { id: number; name: string }[];
  meetings: HeldMeeting[];
}

const ids = (where: SQL) => sql`(SELECT o.id FROM orgs o WHERE ${where})`;

/**
 * Everything compliance needs about the branches matching `where` (SQL over `orgs o`), in five queries
 * whatever their number: the branches, full members, committee posts, groups, and the closed meetings
 * held from `from` to `to`.
 */
export async function loadBranches(tx: Tx, where: SQL, from: IsoDate, to: IsoDate): Promise<BranchFacts[]> {
  const branches = await tx.execute<{
    id: number;
    name: string;
    kind: OrgKind;
    parent_id: number | null;
    path: string;
  }>(sql`SELECT o.id, o.name, o.kind, o.parent_id, o.path FROM orgs o WHERE ${where} ORDER BY o.path`);
  if (branches.rows.length === 0) return [];
  const members = await tx.execute<{ org_id: number; n: number }>(sql`
    SELECT p.org_id, count(*)::int AS n FROM persons p
     WHERE p.org_id IN ${ids(where)} AND p.stage = 'full' AND p.standing = 'active'
       AND p.transferred_out_on IS NULL
     GROUP BY p.org_id`);
  // L9: a post beyond secretary and deputy means an elected committee, whatever the member count.
  const committees = await tx.execute<{ org_id: number }>(sql`
    SELECT DISTINCT op.org_id FROM org_posts op
     WHERE op.org_id IN ${ids(where)} AND op.post NOT IN ('secretary', 'deputy_secretary')
       AND (op.ended_on IS NULL OR op.ended_on > ${to}::date)`);
  const groups = await tx.execute<{ id: number; name: string; parent_id: number }>(sql`
    SELECT g.id, g.name, g.parent_id FROM orgs g
     WHERE g.kind = 'group' AND g.dissolved_at IS NULL AND g.parent_id IN ${ids(where)}
     ORDER BY g.name, g.id`);
  const meetings = await tx.execute<{
    org_id: number;
    group_id: number | null;
    kind: string;
    held_on: string;
  }>(sql`
    SELECT m.org_id, m.group_id, m.kind, m.held_on::text AS held_on FROM meetings m
     WHERE m.state = 'closed' AND m.held_on BETWEEN ${from}::date AND ${to}::date
       AND m.org_id IN ${ids(where)}`);

  const memberCount = new Map(members.rows.map((r) => [Number(r.org_id), Number(r.n)]));
  const withPosts = new Set(committees.rows.map((r) => Number(r.org_id)));
  const facts = new Map<number, BranchFacts>();
  for (const b of branches.rows) {
    const id = Number(b.id);
    const fullMembers = memberCount.get(id) ?? 0;
    facts.set(id, {
      id,
      name: b.name,
      kind: b.kind,
      parentId: b.parent_id === null ? null : Number(b.parent_id),
      path: b.path,
      fullMembers,
      hasCommittee: fullMembers >= COMMITTEE_MIN_FULL_MEMBERS || withPosts.has(id),
      groups: [],
      meetings: [],
    });
  }
  for (const g of groups.rows)
    facts.get(Number(g.parent_id))?.groups.push({ id: Number(g.id), name: g.name });
  for (const m of meetings.rows) {
    facts.get(Number(m.org_id))?.meetings.push({
      kind: m.kind,
      date: m.held_on,
      closed: true,
      groupId: m.group_id === null ? null : Number(m.group_id),
    });
  }
  return [...facts.values()];
}

export interface StoredRule {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  orgDepth: number;
  kind: string;
  per: Frequency;
  minCount: number;
  fixedDay: number | null;
  label: string | null;
  createdAt: string;
}

/** The active local rules set above or inside the given subtrees ('all': every rule of the install). */
export async function loadActiveRules(tx: Tx, roots: 'all' | readonly string[]): Promise<StoredRule[]> {
  if (roots !== 'all' && roots.length === 0) return [];
  const near =
    roots === 'all'
      ? sql`true`
      : sql`(${sql.join(
          roots.map((p) => sql`(${p} LIKE o.path || '%' OR o.path LIKE ${p + '%'})`),
          sql` OR `,
        )})`;
  const rows = await tx.execute<{
    id: number;
    org_id: number;
    org_name: string;
    org_path: string;
    org_depth: number;
    kind: string;
    per: Frequency;
    min_count: number;
    fixed_day: number | null;
    label: string | null;
    created_at: string;
  }>(sql`
    SELECT r.id, r.org_id, o.name AS org_name, o.path AS org_path, o.depth AS org_depth, r.kind, r.per,
           r.min_count, r.fixed_day, r.label, r.created_at::text AS created_at
      FROM local_meeting_rules r JOIN orgs o ON o.id = r.org_id
     WHERE r.ended_at IS NULL AND o.dissolved_at IS NULL AND ${near}
     ORDER BY o.depth DESC, r.id`);
  return rows.rows.map((r) => ({
    id: Number(r.id),
    orgId: Number(r.org_id),
    orgName: r.org_name,
    orgPath: r.org_path,
    orgDepth: Number(r.org_depth),
    kind: r.kind,
    per: r.per,
    minCount: Number(r.min_count),
    fixedDay: r.fixed_day === null ? null : Number(r.fixed_day),
    label: r.label,
    createdAt: r.created_at,
  }));
}

/** The rules set by the org at `path` or its ancestors, as core's effectiveRequirements takes them. */
export function localRulesFor(path: string, rules: readonly StoredRule[]): LocalRule[] {
  return rules
    .filter((r) => path.startsWith(r.orgPath))
    .map((r) => ({
      kind: r.kind,
      per: r.per,
      minCount: r.minCount,
      ...(r.fixedDay !== null ? { fixedDay: r.fixedDay } : {}),
      ...(r.label !== null ? { label: r.label } : {}),
      setByOrgId: r.orgId,
      setByOrgDepth: r.orgDepth,
    }));
}
