import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StepRecordInput } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { developmentSetup, newcomer, recordAll } from './test-journey';

let t: TestApp;
let tree: SampleTree;
let journey: StepRecordInput[];
beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  journey = await developmentSetup(t, tree.branchX.id, tree.township.id);
});
afterAll(async () => {
  await t?.close();
});

async function download(client: typeof t.admin, personId: number) {
  const response = await fetch(`${t.baseUrl}/api/persons/${personId}/development/record.pdf`, {
    headers: { cookie: client.cookie ?? '' },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

describe('the printed development record', () => {
  it('lists every recorded step with its date and the vote, and renders with pdftoppm', async () => {
    const applicant = await newcomer(t.admin, tree.branchX.id);
    await recordAll(t.admin, applicant.id, journey);
    const pdf = await download(t.admin, applicant.id);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const dir = mkdtempSync(path.join(tmpdir(), 'jiceng-record-'));
    const file = path.join(dir, 'record.pdf');
    writeFileSync(file, pdf.body);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('发展党员纪实表');
    expect(text).toContain('2023-09-01');
    expect(text).toMatch(/应到 \d+ 人/);
    expect(text).not.toMatch(/\d{17}[\dX]/);
    execFileSync('pdftoppm', ['-png', '-r', '40', '-singlefile', file, path.join(dir, 'page')]);
  });

  it('is not given out beyond the reader’s reach', async () => {
    const applicant = await newcomer(t.admin, tree.branchY.id);
    const secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
    expect((await download(secretaryX, applicant.id)).status).toBe(404);
  });
});
