import { and, asc, desc, eq, gt, gte, ilike, lt, sql, type SQL } from 'drizzle-orm';
import { addDays, type AuditEntry, type AuditQuery } from '@jiceng/core';
import type { Db, Tx } from '../db/connection';
import type { RequestContext } from '../auth/actor';
import { inScope, requirePermission, scopeOf } from '../auth/access';
import { orgs } from '../modules/orgs/schema';
import { auditLog } from './schema';
import { auditHash, GENESIS_HASH, type AuditContent } from './hash';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  orgId?: number | null;
  summary: Record<string, unknown>;
}

/** Serializes writers of the chain: the row before must be committed before the next links to it. */
const AUDIT_CHAIN_LOCK = 4711002;

/** Writes one audit row in the caller's transaction, linked to the row before it. */
export async function recordAudit(tx: Tx, ctx: RequestContext, record: AuditRecord): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content: AuditContent = {
    at: new Date().toISOString(),
    actorUserId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.username ?? null,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId == null ? null : String(record.entityId),
    orgId: record.orgId ?? null,
    summary: record.summary,
    clientIp: ctx.clientIp,
  };
  await tx.insert(auditLog).values({
    ...content,
    at: new Date(content.at),
    prevHash,
    hash: auditHash(prevHash, content),
  });
}

/** Only the fields that changed, as `{ before, after }`. */
export function diff<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (after[key] === undefined) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}

export interface ChainReport {
  checked: number;
  firstBrokenId: number | null;
  reason: string | null;
}

/** Walks the whole chain in id order and reports the first row whose hash or link does not hold. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    if (rows.length === 0) return { checked, firstBrokenId: null, reason: null };
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return { checked, firstBrokenId: row.id, reason: '与上一条记录的链接断开（记录被删除或插入）' };
      }
      const expected = auditHash(prevHash, {
        at: row.at.toISOString(),
        actorUserId: row.actorUserId,
        actorName: row.actorName,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        orgId: row.orgId,
        summary: row.summary,
        clientIp: row.clientIp,
      });
      if (expected !== row.hash) {
        return { checked, firstBrokenId: row.id, reason: '记录内容与其哈希不符（记录被篡改）' };
      }
      prevHash = row.hash;
      lastId = row.id;
      checked += 1;
    }
  }
}

/** The audit log as the actor may see it: everything for an admin, its own subtree's rows for staff. */
export async function listAudit(
  db: Db,
  ctx: RequestContext,
  query: AuditQuery,
): Promise<{ items: AuditEntry[]; total: number }> {
  const actor = requirePermission(ctx, 'audit.read');
  const scope = scopeOf(actor, 'audit.read');
  const conditions: SQL[] = [];
  if (scope !== 'all') {
    conditions.push(
      sql`${auditLog.orgId} IN (SELECT ${orgs.id} FROM ${orgs} WHERE ${inScope(orgs.path, scope)})`,
    );
  }
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.entityType) conditions.push(eq(auditLog.entityType, query.entityType));
  if (query.actor) conditions.push(ilike(auditLog.actorName, `%${query.actor}%`));
  if (query.orgId) {
    conditions.push(
      sql`${auditLog.orgId} IN (SELECT o.id FROM ${orgs} o WHERE o.path LIKE (SELECT p.path FROM ${orgs} p WHERE p.id = ${query.orgId}) || '%')`,
    );
  }
  // Dates are China calendar days (org-life.md L1); `to` includes its whole day.
  if (query.from) conditions.push(gte(auditLog.at, new Date(`${query.from}T00:00:00+08:00`)));
  if (query.to) conditions.push(lt(auditLog.at, new Date(`${addDays(query.to, 1)}T00:00:00+08:00`)));
  const where = conditions.length ? and(...conditions) : undefined;
  return db.transaction(async (tx) => {
    const [{ total } = { total: 0 }] = await tx
      .select({ total: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(where);
    const rows = await tx
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actorUserId: r.actorUserId,
        actorName: r.actorName,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        orgId: r.orgId,
        summary: r.summary,
        clientIp: r.clientIp,
        hash: r.hash,
      })),
    };
  });
}
