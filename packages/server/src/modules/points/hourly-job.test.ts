import { addDays, type Org } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { outermostPaths, runPointsHourly } from './hourly-job';
import { closedMeeting, pointsOf, today } from './test-support';

let t: TestApp;
let tree: SampleTree;
let secretary: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secretary = await signedInAs(t, 'branch_secretary', tree.township.id);
});
afterAll(async () => {
  await t?.close();
});

async function branchWithMember(): Promise<{ org: Org; personId: number }> {
  const org = await createOrg(t.admin, { parentId: tree.township.id, kind: 'branch' });
  const person = await createPerson(t.admin, org.id);
  return { org, personId: person.id };
}

describe('the hourly points run', () => {
  it('covers every tree on its first run of the day and then has nothing left to change', async () => {
    const { org, personId } = await branchWithMember();
    await closedMeeting(secretary, org.id);
    await runPointsHourly(t.database.db, today);
    expect((await pointsOf(t, personId)).total).toBe(2);
    // Nothing recorded since: the run is skipped outright.
    expect(await runPointsHourly(t.database.db, today)).toBeNull();
  });

  it('later that day recomputes only the subtree where something was recorded', async () => {
    const quiet = await branchWithMember();
    const busy = await branchWithMember();
    await runPointsHourly(t.database.db, today);
    await closedMeeting(secretary, busy.org.id);
    const run = await runPointsHourly(t.database.db, today);
    // The busy branch's one member, not the whole county.
    expect(run).toEqual({ persons: 1, changedPersons: 1, entries: 1 });
    expect((await pointsOf(t, busy.personId)).total).toBe(2);
    expect((await pointsOf(t, quiet.personId)).total).toBe(0);
  });

  it('goes over every tree again on the first run of the next day', async () => {
    await runPointsHourly(t.database.db, today);
    const run = await runPointsHourly(t.database.db, addDays(today, 1));
    expect(run?.persons).toBeGreaterThan(2);
  });
});

describe('outermostPaths', () => {
  it('keeps a subtree once, dropping the orgs inside it', () => {
    expect(outermostPaths(['/1/5/9/', '/1/5/', '/1/7/', '/1/5/'])).toEqual(['/1/5/', '/1/7/']);
  });

  it('does not take a sibling whose id shares digits for a child', () => {
    expect(outermostPaths(['/1/5/', '/1/55/'])).toEqual(['/1/5/', '/1/55/']);
  });
});
