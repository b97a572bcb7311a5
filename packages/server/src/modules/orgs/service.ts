import {
  chinaToday,
  checkParentKind,
  checkTermYears,
  defaultTermYears,
  ORG_KIND_LABELS,
  SINGLE_HOLDER_POSTS,
  POST_KIND_LABELS,
  termInfo,
  type Org,
  type OrgCreateInput,
  type OrgKind,
  type OrgPost,
  type OrgPostCreateInput,
  type OrgSearchHit,
  type OrgSummary,
  type OrgUpdateInput,
  type PostKind,
  type UnitKind,
} from '@jiceng/core';
import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { recordAudit, diff } from '../../audit/service';
import { conflict, forbidden, notFound, ruleViolated } from '../../http/errors';
import { userRoles } from '../users/schema';
import { orgPosts, orgs } from './schema';

type OrgRow = typeof orgs.$inferSelect;

const active = isNull(orgs.dissolvedAt);
// Spelled out: inside a single-table query Drizzle renders ${orgs.id} as a bare "id", which the subquery
// would resolve to c.id and count nothing.
const childCountSql = sql<number>`(SELECT count(*)::int FROM orgs c WHERE c.parent_id = "orgs"."id" AND c.dissolved_at IS NULL)`;

/** Kinds that may hold the power to approve admissions (committees, and general branches so authorized). */
const APPROVING_KINDS: readonly OrgKind[] = ['committee', 'working_committee', 'general_branch'];

export function toOrg(row: OrgRow, childCount: number, today = chinaToday()): Org {
  const term = termInfo(row.termStartedOn, row.termYears, today);
  return {
    id: row.id,
    parentId: row.parentId,
    path: row.path,
    depth: row.depth,
    kind: row.kind as OrgKind,
    name: row.name,
    code: row.code,
    unitKind: row.unitKind as UnitKind | null,
    mayApproveAdmissions: row.mayApproveAdmissions,
    termStartedOn: row.termStartedOn,
    termYears: row.termYears,
    termEndsOn: term.endsOn,
    termStatus: term.status,
    termDaysLeft: term.daysLeft,
    childCount,
    createdAt: row.createdAt.toISOString(),
  };
}

function toSummary(row: OrgRow, childCount: number): OrgSummary {
  const org = toOrg(row, childCount);
  return {
    id: org.id,
    parentId: org.parentId,
    kind: org.kind,
    name: org.name,
    code: org.code,
    childCount,
    termStatus: org.termStatus,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

async function loadOrgRow(tx: Tx, id: number): Promise<OrgRow> {
  const [row] = await tx.select().from(orgs).where(eq(orgs.id, id));
  if (!row) throw new Error(`org ${id} vanished inside its transaction`);
  return row;
}

async function childCountOf(tx: Tx, id: number): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(orgs)
    .where(and(eq(orgs.parentId, id), active));
  return row?.n ?? 0;
}

async function assertSiblingCodeFree(
  tx: Tx,
  parentId: number | null,
  code: string | null | undefined,
  exceptId: number | null,
): Promise<void> {
  if (!code) return;
  const conditions = [
    active,
    eq(orgs.code, code),
    parentId === null ? isNull(orgs.parentId) : eq(orgs.parentId, parentId),
  ];
  if (exceptId !== null) conditions.push(ne(orgs.id, exceptId));
  const [clash] = await tx
    .select({ name: orgs.name })
    .from(orgs)
    .where(and(...conditions))
    .limit(1);
  if (clash) throw conflict(`组织代码“${code}”已被同级组织“${clash.name}”使用`, 'code');
}

function assertMayApprove(kind: OrgKind, mayApprove: boolean | undefined): void {
  if (mayApprove && !APPROVING_KINDS.includes(kind)) {
    throw ruleViolated({
      rule: 'org-tree.approval',
      field: 'mayApproveAdmissions',
      message: `${ORG_KIND_LABELS[kind]}不能拥有审批发展党员的权限，只有党委、党工委或经授权的党总支可以`,
    });
  }
}

/** The tops of the tree the actor can see: the real roots for a system-wide reach, else its assigned orgs. */
export async function listRoots(db: Db, ctx: RequestContext): Promise<OrgSummary[]> {
  const actor = requirePermission(ctx, 'org.read');
  const scope = scopeOf(actor, 'org.read');
  return db.transaction(async (tx) => {
    const where =
      scope === 'all' ? and(active, isNull(orgs.parentId)) : and(active, inArray(orgs.path, scope));
    const rows = await tx
      .select({ org: orgs, childCount: childCountSql })
      .from(orgs)
      .where(where)
      .orderBy(asc(orgs.path));
    return rows.map((r) => toSummary(r.org, r.childCount));
  });
}

export async function listChildren(db: Db, ctx: RequestContext, id: number): Promise<OrgSummary[]> {
  const actor = requirePermission(ctx, 'org.read');
  return db.transaction(async (tx) => {
    await requireOrg(tx, actor, 'org.read', id);
    const rows = await tx
      .select({ org: orgs, childCount: childCountSql })
      .from(orgs)
      .where(and(eq(orgs.parentId, id), active))
      .orderBy(asc(orgs.code), asc(orgs.name));
    return rows.map((r) => toSummary(r.org, r.childCount));
  });
}

export interface OrgDetail {
  org: Org;
  ancestors: { id: number; name: string; kind: OrgKind }[];
  posts: OrgPost[];
  children: OrgSummary[];
}

export async function getOrg(db: Db, ctx: RequestContext, id: number): Promise<OrgDetail> {
  const actor = requirePermission(ctx, 'org.read');
  return db.transaction(async (tx) => {
    await requireOrg(tx, actor, 'org.read', id);
    const row = await loadOrgRow(tx, id);
    const ancestorIds = row.path
      .split('/')
      .filter(Boolean)
      .map(Number)
      .filter((x) => x !== id);
    const ancestorRows = ancestorIds.length
      ? await tx
          .select({ id: orgs.id, name: orgs.name, kind: orgs.kind, depth: orgs.depth })
          .from(orgs)
          .where(inArray(orgs.id, ancestorIds))
          .orderBy(asc(orgs.depth))
      : [];
    const posts = await tx
      .select()
      .from(orgPosts)
      .where(and(eq(orgPosts.orgId, id), isNull(orgPosts.endedOn)))
      .orderBy(asc(orgPosts.id));
    const children = await tx
      .select({ org: orgs, childCount: childCountSql })
      .from(orgs)
      .where(and(eq(orgs.parentId, id), active))
      .orderBy(asc(orgs.code), asc(orgs.name));
    return {
      org: toOrg(row, children.length),
      ancestors: ancestorRows.map((a) => ({ id: a.id, name: a.name, kind: a.kind as OrgKind })),
      posts: posts.map(toPost),
      children: children.map((c) => toSummary(c.org, c.childCount)),
    };
  });
}

function toPost(p: typeof orgPosts.$inferSelect): OrgPost {
  return {
    id: p.id,
    orgId: p.orgId,
    post: p.post as PostKind,
    holderName: p.holderName,
    personId: p.personId,
    startedOn: p.startedOn,
  };
}

/** Name search over a subtree (or the actor's whole reach), best matches and shallow orgs first. */
export async function searchOrgs(
  db: Db,
  ctx: RequestContext,
  query: { q: string; under?: number | undefined; limit: number },
): Promise<OrgSearchHit[]> {
  const actor = requirePermission(ctx, 'org.read');
  const scope = scopeOf(actor, 'org.read');
  return db.transaction(async (tx) => {
    const conditions = [active, inScope(orgs.path, scope)];
    if (query.under !== undefined) {
      const under = await requireOrg(tx, actor, 'org.read', query.under);
      conditions.push(sql`${orgs.path} LIKE ${under.path + '%'}`);
    }
    // ILIKE lower-cases every row; Chinese has no case, so plain LIKE is exact and twice as fast.
    const caseless = query.q.toLowerCase() === query.q.toUpperCase();
    const pattern = '%' + escapeLike(query.q) + '%';
    conditions.push(caseless ? sql`${orgs.name} LIKE ${pattern}` : sql`${orgs.name} ILIKE ${pattern}`);
    const rows = await tx
      .select({ org: orgs, childCount: childCountSql })
      .from(orgs)
      .where(and(...conditions))
      .orderBy(
        sql`CASE WHEN ${orgs.name} = ${query.q} THEN 0 WHEN ${orgs.name} LIKE ${escapeLike(query.q) + '%'} THEN 1 ELSE 2 END`,
        asc(orgs.depth),
        asc(orgs.name),
      )
      .limit(query.limit);
    const ids = new Set<number>();
    for (const r of rows) for (const part of r.org.path.split('/').filter(Boolean)) ids.add(Number(part));
    const names = new Map<number, string>();
    if (ids.size) {
      const named = await tx
        .select({ id: orgs.id, name: orgs.name })
        .from(orgs)
        .where(inArray(orgs.id, [...ids]));
      for (const n of named) names.set(n.id, n.name);
    }
    return rows.map((r) => ({
      ...toSummary(r.org, r.childCount),
      pathNames: r.org.path
        .split('/')
        .filter(Boolean)
        .map((part) => names.get(Number(part)) ?? ''),
    }));
  });
}

export async function createOrg(db: Db, ctx: RequestContext, input: OrgCreateInput): Promise<Org> {
  const actor = requirePermission(ctx, 'org.manage');
  return db.transaction(async (tx) => {
    let parent: OrgRow | null = null;
    if (input.parentId === null) {
      if (scopeOf(actor, 'org.manage') !== 'all') throw forbidden('只有系统管理员可以建立顶级组织');
    } else {
      await requireOrg(tx, actor, 'org.manage', input.parentId);
      parent = await loadOrgRow(tx, input.parentId);
    }
    const violation = checkParentKind(input.kind, (parent?.kind as OrgKind | undefined) ?? null);
    if (violation) throw ruleViolated(violation);
    assertMayApprove(input.kind, input.mayApproveAdmissions);
    const termYears = input.termYears ?? defaultTermYears(input.unitKind ?? null);
    const termViolation = checkTermYears(termYears);
    if (termViolation) throw ruleViolated(termViolation);
    await assertSiblingCodeFree(tx, input.parentId, input.code, null);

    const idResult = await tx.execute<{ id: number }>(
      sql`SELECT nextval(pg_get_serial_sequence('orgs', 'id'))::int AS id`,
    );
    const id = Number(idResult.rows[0]!.id);
    const path = `${parent?.path ?? '/'}${id}/`;
    const [row] = await tx
      .insert(orgs)
      .values({
        id,
        parentId: input.parentId,
        path,
        depth: (parent?.depth ?? -1) + 1,
        tenantOrgId: parent?.tenantOrgId ?? id,
        kind: input.kind,
        name: input.name,
        code: input.code ?? null,
        unitKind: input.unitKind ?? null,
        mayApproveAdmissions: input.mayApproveAdmissions ?? false,
        termStartedOn: input.termStartedOn ?? null,
        termYears,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'org.created',
      entityType: 'org',
      entityId: id,
      orgId: id,
      summary: { after: { ...input, termYears } },
    });
    return toOrg(row!, 0);
  });
}

const TERM_FIELDS = ['termStartedOn', 'termYears'] as const;

export async function updateOrg(
  db: Db,
  ctx: RequestContext,
  id: number,
  input: OrgUpdateInput,
): Promise<Org> {
  const touchesStructure = Object.keys(input).some((k) => !(TERM_FIELDS as readonly string[]).includes(k));
  const touchesTerm = TERM_FIELDS.some((k) => input[k] !== undefined);
  const actor = requirePermission(ctx, touchesStructure ? 'org.manage' : 'org.posts');
  return db.transaction(async (tx) => {
    if (touchesStructure) await requireOrg(tx, actor, 'org.manage', id);
    if (touchesTerm) await requireOrg(tx, actor, 'org.posts', id);
    if (!touchesStructure && !touchesTerm) await requireOrg(tx, actor, 'org.read', id);
    const before = await loadOrgRow(tx, id);
    const kind = before.kind as OrgKind;
    assertMayApprove(kind, input.mayApproveAdmissions);
    if (input.termYears !== undefined) {
      const v = checkTermYears(input.termYears);
      if (v) throw ruleViolated(v);
    }
    if (input.code !== undefined && input.code !== before.code) {
      await assertSiblingCodeFree(tx, before.parentId, input.code, id);
    }
    const changes = diff(before as unknown as Record<string, unknown>, input as Record<string, unknown>);
    if (Object.keys(changes.after).length === 0) return toOrg(before, await childCountOf(tx, id));
    const [row] = await tx.update(orgs).set(input).where(eq(orgs.id, id)).returning();
    await recordAudit(tx, ctx, {
      action: 'org.updated',
      entityType: 'org',
      entityId: id,
      orgId: id,
      summary: changes,
    });
    return toOrg(row!, await childCountOf(tx, id));
  });
}

/** Moves an org and its whole subtree under a new parent: one UPDATE keeps every path right. */
export async function moveOrg(db: Db, ctx: RequestContext, id: number, parentId: number): Promise<Org> {
  const actor = requirePermission(ctx, 'org.manage');
  return db.transaction(async (tx) => {
    await requireOrg(tx, actor, 'org.manage', id);
    await requireOrg(tx, actor, 'org.manage', parentId);
    const org = await loadOrgRow(tx, id);
    const parent = await loadOrgRow(tx, parentId);
    if (org.parentId === null && scopeOf(actor, 'org.manage') !== 'all') {
      throw forbidden('只有系统管理员可以调整顶级组织');
    }
    if (parent.path.startsWith(org.path)) {
      throw ruleViolated({
        rule: 'org-tree.cycle',
        field: 'parentId',
        message: `不能把“${org.name}”移到它自己${parent.id === org.id ? '' : '的下级组织“' + parent.name + '”'}之下`,
      });
    }
    if (org.parentId === parentId) return toOrg(org, await childCountOf(tx, id));
    const violation = checkParentKind(org.kind as OrgKind, parent.kind as OrgKind);
    if (violation) throw ruleViolated(violation);
    await assertSiblingCodeFree(tx, parentId, org.code, id);

    const newPath = `${parent.path}${id}/`;
    const depthDelta = parent.depth + 1 - org.depth;
    await tx.execute(sql`
      UPDATE orgs
         SET path = ${newPath} || substr(path, ${org.path.length + 1}),
             depth = depth + ${depthDelta},
             tenant_org_id = ${parent.tenantOrgId}
       WHERE path LIKE ${org.path + '%'}`);
    await tx.update(orgs).set({ parentId }).where(eq(orgs.id, id));
    await recordAudit(tx, ctx, {
      action: 'org.moved',
      entityType: 'org',
      entityId: id,
      orgId: id,
      summary: {
        before: { parentId: org.parentId, path: org.path },
        after: { parentId, path: newPath },
      },
    });
    return toOrg(await loadOrgRow(tx, id), await childCountOf(tx, id));
  });
}

/** Dissolves an empty org; one that still has children or accounts reaching it is refused with what is left. */
export async function dissolveOrg(db: Db, ctx: RequestContext, id: number): Promise<void> {
  const actor = requirePermission(ctx, 'org.manage');
  await db.transaction(async (tx) => {
    await requireOrg(tx, actor, 'org.manage', id);
    const org = await loadOrgRow(tx, id);
    if (org.parentId === null && scopeOf(actor, 'org.manage') !== 'all') {
      throw forbidden('只有系统管理员可以撤销顶级组织');
    }
    const children = await childCountOf(tx, id);
    const [roles] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(userRoles)
      .where(eq(userRoles.orgId, id));
    const left: string[] = [];
    if (children > 0) left.push(`${children} 个下级组织`);
    if ((roles?.n ?? 0) > 0) left.push(`${roles!.n} 个用户角色`);
    if (left.length > 0) {
      throw conflict(`“${org.name}”尚有${left.join('、')}，请先撤销或转移后再撤销本组织`);
    }
    await tx.update(orgs).set({ dissolvedAt: new Date() }).where(eq(orgs.id, id));
    await tx
      .update(orgPosts)
      .set({ endedOn: chinaToday() })
      .where(and(eq(orgPosts.orgId, id), isNull(orgPosts.endedOn)));
    await recordAudit(tx, ctx, {
      action: 'org.dissolved',
      entityType: 'org',
      entityId: id,
      orgId: id,
      summary: { before: { name: org.name, kind: org.kind, path: org.path } },
    });
  });
}

export async function addPost(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  input: OrgPostCreateInput,
): Promise<OrgPost> {
  const actor = requirePermission(ctx, 'org.posts');
  return db.transaction(async (tx) => {
    await requireOrg(tx, actor, 'org.posts', orgId);
    if (SINGLE_HOLDER_POSTS.includes(input.post)) {
      const [holder] = await tx
        .select({ name: orgPosts.holderName })
        .from(orgPosts)
        .where(and(eq(orgPosts.orgId, orgId), eq(orgPosts.post, input.post), isNull(orgPosts.endedOn)));
      if (holder) {
        throw conflict(`${POST_KIND_LABELS[input.post]}现由${holder.name}担任，请先免去原职务`, 'post');
      }
    }
    let holderName = input.holderName ?? '';
    if (input.personId != null) {
      const { person } = await requirePerson(tx, actor, 'person.read', input.personId);
      holderName = person.name;
    }
    const [row] = await tx
      .insert(orgPosts)
      .values({
        orgId,
        post: input.post,
        holderName,
        personId: input.personId ?? null,
        startedOn: input.startedOn ?? null,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'org.post_added',
      entityType: 'org_post',
      entityId: row!.id,
      orgId,
      summary: { after: input },
    });
    return toPost(row!);
  });
}

export async function endPost(db: Db, ctx: RequestContext, orgId: number, postId: number): Promise<void> {
  const actor = requirePermission(ctx, 'org.posts');
  await db.transaction(async (tx) => {
    await requireOrg(tx, actor, 'org.posts', orgId);
    const [row] = await tx
      .update(orgPosts)
      .set({ endedOn: chinaToday() })
      .where(and(eq(orgPosts.id, postId), eq(orgPosts.orgId, orgId), isNull(orgPosts.endedOn)))
      .returning();
    if (!row) throw notFound('职务');
    await recordAudit(tx, ctx, {
      action: 'org.post_ended',
      entityType: 'org_post',
      entityId: postId,
      orgId,
      summary: { before: { post: row.post, holderName: row.holderName } },
    });
  });
}
