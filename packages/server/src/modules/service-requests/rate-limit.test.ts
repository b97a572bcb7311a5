import type { Org } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf } from '../../test/test-client';
import { requestBody } from './test-support';

let t: TestApp;
let villageOrg: Org;

beforeAll(async () => {
  t = await startTestApp({ config: { publicRequestsPer10Minutes: 2 } });
  const county = await createOrg(t.admin, { parentId: null, kind: 'committee' });
  villageOrg = await createOrg(t.admin, { parentId: county.id, kind: 'branch', unitKind: 'community' });
});
afterAll(async () => {
  await t?.close();
});

describe('a flood on the public form', () => {
  it('is refused after the configured number of requests from one address, with a Chinese message (429)', async () => {
    const post = () => t.client().post('/api/public/service-requests', requestBody(villageOrg.id));
    expect((await post()).status).toBe(201);
    expect((await post()).status).toBe(201);
    const third = await post();
    expect(third.status).toBe(429);
    expect(errorOf(third)).toMatchObject({ code: 'too_many_requests' });
    expect(errorOf(third).message).toContain('10 分钟内最多提交 2 件诉求');
  });
});
