import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/test-app';

let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'jiceng-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>基层</title>');
  writeFileSync(path.join(dist, 'assets', 'app-1.js'), 'console.log(1)');
  t = await startTestApp({ config: { webDistDir: dist } });
});
afterAll(async () => {
  await t?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the web app', () => {
  it('is served at / and at every page address of the app', async () => {
    for (const page of ['/', '/orgs/12', '/users']) {
      const response = await t.client().get(page);
      expect(response.status, page).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
    }
  });

  it('serves scripts, also those built after the server started', async () => {
    expect((await t.client().get('/assets/app-1.js')).headers.get('content-type')).toContain('javascript');
    writeFileSync(path.join(dist, 'assets', 'app-2.js'), 'console.log(2)');
    expect((await t.client().get('/assets/app-2.js')).status).toBe(200);
  });

  it('answers a missing script with 404, not the app page', async () => {
    expect((await t.client().get('/assets/gone.js')).status).toBe(404);
  });
});
