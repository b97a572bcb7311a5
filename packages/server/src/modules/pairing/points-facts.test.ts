import type { Visit } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { pairingVisitFacts } from './points-facts';
import { daysAgo, household, ok, pair, pairingWorld, visitInput, type PairingWorld } from './test-support';

let t: TestApp;
let w: PairingWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await pairingWorld(t);
});
afterAll(async () => {
  await t?.close();
});

const collect = (personIds: number[], year: number) =>
  t.database.db.transaction((tx) => pairingVisitFacts.collect(tx, personIds, year));

describe('pairing visit points facts', () => {
  it('give one fact per visit of the member in the year, naming the visit', async () => {
    const h = await household(w.secA, w.villageA.id, { consentDaysAgo: 800 });
    const helper = await createPerson(t.admin, w.villageA.id);
    await pair(w.secA, h.id, helper.id, 700);
    const recent = ok(
      await w.secA.post<Visit>('/api/pairing/visits', visitInput(h.id, helper.id, { visitedOn: daysAgo(1) })),
      201,
    );
    const lastYearDate = `${Number(daysAgo(1).slice(0, 4)) - 1}-06-30`;
    const older = ok(
      await w.secA.post<Visit>(
        '/api/pairing/visits',
        visitInput(h.id, helper.id, { visitedOn: lastYearDate }),
      ),
      201,
    );
    const year = Number(recent.visitedOn.slice(0, 4));
    expect(await collect([helper.id], year)).toEqual([
      {
        personId: helper.id,
        source: 'pairing_visit',
        qualifier: null,
        date: recent.visitedOn,
        units: 1,
        refType: 'pairing_visit',
        refId: recent.id,
      },
    ]);
    expect((await collect([helper.id], year - 1)).map((f) => f.refId)).toEqual([older.id]);
  });

  it('leave out a voided visit', async () => {
    const h = await household(w.secA, w.villageA.id);
    const helper = await createPerson(t.admin, w.villageA.id);
    await pair(w.secA, h.id, helper.id);
    const visit = ok(
      await w.secA.post<Visit>('/api/pairing/visits', visitInput(h.id, helper.id, { visitedOn: daysAgo(0) })),
      201,
    );
    ok(await w.secA.post(`/api/pairing/visits/${visit.id}/void`, { reason: '误登记' }));
    expect(await collect([helper.id], Number(visit.visitedOn.slice(0, 4)))).toEqual([]);
  });

  it('give nothing for no members', async () => {
    expect(await collect([], 2026)).toEqual([]);
  });
});
