import { addDays, chinaToday, type ServicePost, type ServicePostClaim } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { ok } from '../meetings/test-support';

export const today = chinaToday();
export const yesterday = addDays(today, -1);

export function publish(client: TestClient, orgId: number, body: Record<string, unknown> = {}) {
  return client.post<ServicePost>('/api/service-posts', {
    orgId,
    kind: 'public_welfare',
    title: '河道巡查',
    capacity: 2,
    periodFrom: addDays(today, -30),
    periodTo: addDays(today, 60),
    ...body,
  });
}

export async function published(client: TestClient, orgId: number, body: Record<string, unknown> = {}) {
  return ok(await publish(client, orgId, body), 201);
}

export function claim(member: TestClient, postId: number) {
  return member.post<ServicePostClaim>(`/api/me/service-posts/${postId}/claims`, {});
}

/** A claim the member filed and the branch approved. */
export async function approvedClaim(member: TestClient, branch: TestClient, postId: number) {
  const filed = ok(await claim(member, postId), 201);
  return ok(
    await branch.post<ServicePostClaim>(`/api/service-post-claims/${filed.id}/decision`, { approve: true }),
  );
}

/** Audit rows of an action on an entity. */
export async function auditOf(t: TestApp, action: string, entityId: number) {
  const { rows } = await t.database.db.execute<{ summary: Record<string, unknown> }>(
    sql`SELECT summary FROM audit_log WHERE action = ${action} AND entity_id = ${String(entityId)} ORDER BY id`,
  );
  return rows;
}
