import type { ImportJob } from '@jiceng/core';
import { expect } from 'vitest';
import type { TestClient, TestResponse } from '../../../test/test-client';

/** A multipart upload as the browser sends it, with the client's session cookie and Origin. */
export async function upload(
  client: TestClient,
  path: string,
  file: Buffer,
  fileName = '导入.xlsx',
): Promise<TestResponse<{ id: number }>> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), fileName);
  const headers: Record<string, string> = { origin: client.baseUrl };
  if (client.cookie) headers.cookie = client.cookie;
  const response = await fetch(client.baseUrl + path, { method: 'POST', headers, body: form });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** Polls the job until its running step (validation or commit) is over. */
export async function settled(client: TestClient, id: number, timeoutMs = 20_000): Promise<ImportJob> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await client.get<ImportJob>(`/api/imports/${id}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    if (response.body.status !== 'validating' && response.body.status !== 'committing') return response.body;
    if (Date.now() > deadline) throw new Error(`import job ${id} still ${response.body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Uploads a file and waits for its validation. */
export async function uploadAndCheck(client: TestClient, path: string, file: Buffer): Promise<ImportJob> {
  const response = await upload(client, path, file);
  expect(response.status, JSON.stringify(response.body)).toBe(202);
  return settled(client, response.body.id);
}

/** Commits a checked job and waits for the commit. */
export async function commit(client: TestClient, id: number, mode: 'all' | 'valid_only'): Promise<ImportJob> {
  const response = await client.post<ImportJob>(`/api/imports/${id}/commit`, { mode });
  expect(response.status, JSON.stringify(response.body)).toBe(202);
  return settled(client, id);
}

/** A binary download with the client's session. */
export async function download(
  client: TestClient,
  path: string,
): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const headers: Record<string, string> = { origin: client.baseUrl };
  if (client.cookie) headers.cookie = client.cookie;
  const response = await fetch(client.baseUrl + path, { headers });
  return {
    status: response.status,
    body: Buffer.from(await response.arrayBuffer()),
    headers: response.headers,
  };
}
