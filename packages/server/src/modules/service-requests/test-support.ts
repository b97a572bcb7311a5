import type { Org, PublicServiceReceipt } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { createOrg } from '../../test/factories';
import type { TestApp } from '../../test/test-app';
import type { TestClient, TestResponse } from '../../test/test-client';

export const MINUTE = 60_000;

export function requestBody(orgId: number, overrides: Record<string, unknown> = {}) {
  return {
    orgId,
    kind: 'help',
    text: '家中老人腿脚不便，想请人帮忙代购常用药品',
    contactName: '王秀英',
    contactPhone: '13912345678',
    ...overrides,
  };
}

export function ok<T>(response: TestResponse<T>, status = 200): T {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

/** A resident files a request on the public page (no session). */
export async function filePublic(
  t: TestApp,
  orgId: number,
  overrides: Record<string, unknown> = {},
): Promise<PublicServiceReceipt & { id: number }> {
  const receipt = ok(
    await t
      .client()
      .post<PublicServiceReceipt>('/api/public/service-requests', requestBody(orgId, overrides)),
    201,
  );
  return { ...receipt, id: await requestIdOf(t, receipt.trackingCode) };
}

export async function requestIdOf(t: TestApp, trackingCode: string): Promise<number> {
  const { rows } = await t.database.db.execute<{ id: number }>(
    sql`SELECT id FROM service_requests WHERE tracking_code = ${trackingCode}`,
  );
  return Number(rows[0]!.id);
}

/** As if everything recorded on the request so far had happened `minutes` earlier: time passes. */
export async function passTime(t: TestApp, id: number, minutes: number): Promise<void> {
  const shift = sql`${`${minutes} minutes`}::interval`;
  await t.database.db.execute(sql`
    UPDATE service_requests SET submitted_at = submitted_at - ${shift}, respond_by = respond_by - ${shift},
           resolve_by = resolve_by - ${shift}, assigned_at = assigned_at - ${shift},
           responded_at = responded_at - ${shift}, resolved_at = resolved_at - ${shift}
     WHERE id = ${id}`);
  await t.database.db.execute(
    sql`UPDATE service_request_events SET at = at - ${shift} WHERE request_id = ${id}`,
  );
}

/** A village branch under `parentId` (residents file to villages and communities). */
export function village(t: TestApp, parentId: number, name?: string): Promise<Org> {
  return createOrg(t.admin, { parentId, kind: 'branch', unitKind: 'village', ...(name ? { name } : {}) });
}

export function assignTo(client: TestClient, id: number, personId: number | null) {
  return client.post(
    `/api/service-requests/${id}/assignment`,
    personId === null ? { assigneeKind: 'service_desk' } : { assigneeKind: 'member', personId },
  );
}

export async function auditActions(t: TestApp, id: number): Promise<string[]> {
  const { rows } = await t.database.db.execute<{ action: string }>(
    sql`SELECT action FROM audit_log WHERE entity_type = 'service_request' AND entity_id = ${String(id)} ORDER BY id`,
  );
  return rows.map((r) => r.action);
}
